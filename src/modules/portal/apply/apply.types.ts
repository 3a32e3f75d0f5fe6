/**
 * What a citizen has entered so far, as typed (strings), so a page can show it back exactly. It becomes
 * the intake API's body only at submission, after the same checks the counter runs.
 */
export interface DraftPerson {
  nik: string;
  name: string;
  birthDay: string;
  birthMonth: string;
  birthYear: string;
  sex: string;
  relation: string;
}

export interface DraftApplicant extends DraftPerson {
  kkNumber: string;
  address: string;
  rt: string;
  rw: string;
  villageCode: string;
  phone: string;
}

export interface DraftData {
  serviceCode?: string;
  variantCode?: string;
  applicant?: DraftApplicant;
  members?: DraftPerson[];
  /** The members page was passed (it may legitimately leave the list empty). */
  membersDone?: boolean;
  uploadsDone?: boolean;
  /** The application was created; only its photos remain to attach (a retry must not apply twice). */
  submitted?: { receiptNumber: string; proofUrl?: string };
}
