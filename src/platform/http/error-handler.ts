import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, type ErrorDetail, type Lang } from '../errors.js';
import { langOf } from './i18n.js';
import { issueToDetail } from './validation-messages.js';

type Body = { error: { code: string; message: string; details: unknown } };

const frameworkErrors: Record<string, { status: number; code: string; id: string; en: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    id: 'Jenis konten tidak didukung; kirim application/json.',
    en: 'Unsupported content type; send application/json.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'BODY_TOO_LARGE',
    id: 'Data yang dikirim terlalu besar.',
    en: 'The request body is too large.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'EMPTY_JSON_BODY',
    id: 'Isi permintaan kosong padahal jenisnya application/json.',
    en: 'The body is empty but its content type is application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'INVALID_CONTENT_LENGTH',
    id: 'Panjang isi permintaan tidak sesuai dengan Content-Length.',
    en: 'The body length does not match Content-Length.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'MALFORMED_JSON',
    id: 'Isi permintaan bukan JSON yang valid.',
    en: 'The request body is not valid JSON.',
  },
};

export function errorBody(code: string, message: string, details?: unknown): Body {
  return { error: { code, message, details: details ?? null } };
}

export function sendDomainError(reply: FastifyReply, err: DomainError, lang: Lang) {
  return reply.status(err.status).send(errorBody(err.code, err.messageIn(lang), err.details));
}

export function installErrorHandlers(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const lang = langOf(req);
    if (err instanceof DomainError) return sendDomainError(reply, err, lang);

    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      // The type provider flattens each zod issue into an AJV-like record; rebuild the issue.
      const details: ErrorDetail[] = err.validation.map((v) =>
        issueToDetail(
          { ...v.params, code: v.keyword, path: v.instancePath.split('/').filter(Boolean), message: v.message } as never,
          lang,
          where === 'body' ? undefined : where,
        ),
      );
      const first = details[0];
      const summary = first
        ? `${first.field ?? where}: ${first.message}`
        : lang === 'en' ? 'invalid input' : 'data tidak valid';
      return reply.status(400).send(
        errorBody(
          'VALIDATION_FAILED',
          lang === 'en' ? `Invalid input — ${summary}` : `Data tidak valid — ${summary}`,
          details,
        ),
      );
    }

    const known = err.code ? frameworkErrors[err.code] : undefined;
    if (known) return reply.status(known.status).send(errorBody(known.code, lang === 'en' ? known.en : known.id));
    // Fastify reports a JSON syntax error as a plain 400 SyntaxError.
    if (err instanceof SyntaxError || (err.statusCode === 400 && /JSON/i.test(err.message))) {
      const m = frameworkErrors.FST_ERR_CTP_INVALID_JSON_BODY!;
      return reply.status(400).send(errorBody(m.code, lang === 'en' ? m.en : m.id, { parser: err.message }));
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send(errorBody(err.code ?? 'BAD_REQUEST', err.message));
    }

    if (isResponseSerializationError(err)) req.log.error({ err, route: req.routeOptions.url }, 'response did not match its schema');
    else req.log.error({ err }, 'unhandled error');
    return reply.status(500).send(
      errorBody(
        'INTERNAL_ERROR',
        lang === 'en'
          ? `Something went wrong on our side. Quote request id ${req.id} when reporting it.`
          : `Terjadi kesalahan di sistem. Sebutkan nomor permintaan ${req.id} saat melapor.`,
        { requestId: req.id },
      ),
    );
  });

  app.setNotFoundHandler((req, reply) => {
    const lang = langOf(req);
    return reply.status(404).send(
      errorBody(
        'ROUTE_NOT_FOUND',
        lang === 'en'
          ? `No such address: ${req.method} ${req.url.split('?')[0]}`
          : `Alamat tidak dikenal: ${req.method} ${req.url.split('?')[0]}`,
      ),
    );
  });
}
