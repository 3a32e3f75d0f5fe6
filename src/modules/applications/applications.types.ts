/** Shapes stored in the applications table's JSON columns (validated on the way in by applications.schema.ts). */

/** The family card (KK) as entered at intake: its address is the domicile every seed requires. */
export interface FamilyInput {
  kkNumber: string;
  address: string;
  rt?: string | undefined;
  rw?: string | undefined;
  /** Kemendagri village code, dotted (35.75.01.1001). */
  villageCode: string;
}

/** Someone acting for the applicant (Pasuruan, seed 000: "datang sendiri atau diwakili"). */
export interface Representative {
  name: string;
  phone?: string | undefined;
  relation?: string | undefined;
}

/** Facts of the case that letters quote (letters module `LetterApplicationData`). */
export interface ApplicationDetails {
  reason?: string | undefined;
  /** Segment left in a mutation into PBI (PBPU, PPU). */
  previousSegment?: string | undefined;
  hospital?: string | undefined;
  admissionDate?: string | undefined;
  statementDate?: string | undefined;
  referenceIssuer?: string | undefined;
  referenceNumber?: string | undefined;
  referenceDate?: string | undefined;
  proposer?: string | undefined;
  kisNumber?: string | undefined;
  dataChanges?: { field: string; oldValue: string; newValue: string }[] | undefined;
}
