import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { orNotFound } from '../../../core/http/errors.ts';
import { diffBlocks, diffFields } from '../../../lib/diff.ts';
import { findArticleRow, updateArticle } from '../write-repository.ts';
import { articleWrites } from '../writes.ts';
import { findRevision, listRevisions, REVISED_FIELDS, type RevisionRecord } from './repository.ts';
import { ArticleItem } from '../schema.ts';
import { IdOrSlugParams, ref } from '../../../core/http/schemas.ts';
import { RevisionDiff, RevisionItem, RevisionList } from './schema.ts';
import { actorOf, IfMatchHeaders } from '../../../core/http/write-support.ts';
import { problemResponse, problems, readProblems } from '../../../core/http/problem-responses.ts';

const RevisionParams = Type.Object({
  ...IdOrSlugParams.properties,
  number: Type.Integer({ format: 'int32', minimum: 1, maximum: 2_147_483_647, description: 'The revision number' }),
});
const DiffQuery = Type.Object(
  {
    against: Type.Optional(
      Type.Integer({
        format: 'int32',
        minimum: 1,
        maximum: 2_147_483_647,
        description: 'The revision to compare with; the one before by default',
      }),
    ),
  },
  { additionalProperties: false },
);

/** An article's history: every revision, any one of them, the difference between two, and restoring one. */
const revisionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const drafts = { scope: 'read:drafts' } as const;
  const writes = articleWrites(app.db);

  const articleId = async (idOrSlug: string) => orNotFound(await findArticleRow(app.db, idOrSlug), 'article', idOrSlug);
  const revision = async (id: string, number: number): Promise<RevisionRecord> =>
    orNotFound(await findRevision(app.db, id, number), 'revision', String(number));
  const present = ({ snapshot, ...rest }: RevisionRecord) => ({ ...rest, article: snapshot });

  app.get(
    '/:idOrSlug/revisions',
    {
      config: drafts,
      schema: {
        tags: ['workflow'],
        operationId: 'listArticleRevisions',
        summary: 'List the revisions of an article',
        description: 'Every stored version, newest first, with who (which API key) made it and when.',
        params: IdOrSlugParams,
        response: { 200: ref(RevisionList, { description: 'The revisions' }), ...readProblems },
      },
    },
    async (request) => {
      const items = (await listRevisions(app.db, (await articleId(request.params.idOrSlug)).id)).map(
        ({ snapshot: _snapshot, ...summary }) => summary,
      );
      return { data: items, meta: { count: items.length } };
    },
  );

  app.get(
    '/:idOrSlug/revisions/:number',
    {
      config: drafts,
      schema: {
        tags: ['workflow'],
        operationId: 'getArticleRevision',
        summary: 'Get one revision of an article',
        params: RevisionParams,
        response: {
          200: ref(RevisionItem, { description: 'The revision, with the article as it was' }),
          ...readProblems,
        },
      },
    },
    async (request) => {
      const { id } = await articleId(request.params.idOrSlug);
      return { data: present(await revision(id, request.params.number)) };
    },
  );

  app.get(
    '/:idOrSlug/revisions/:number/diff',
    {
      config: drafts,
      schema: {
        tags: ['workflow'],
        operationId: 'diffArticleRevisions',
        summary: 'What changed in a revision',
        description:
          'The fields that differ between this revision and `against` (the previous one by default), and the body block by block.',
        params: RevisionParams,
        querystring: DiffQuery,
        response: { 200: ref(RevisionDiff, { description: 'The differences' }), ...readProblems },
      },
    },
    async (request) => {
      const { id } = await articleId(request.params.idOrSlug);
      const to = await revision(id, request.params.number);
      const from = await revision(id, request.query.against ?? Math.max(1, to.number - 1));
      return {
        data: {
          from: from.number,
          to: to.number,
          fields: diffFields(from.snapshot, to.snapshot, REVISED_FIELDS),
          body: diffBlocks(from.snapshot.body, to.snapshot.body),
        },
      };
    },
  );

  app.post(
    '/:idOrSlug/revisions/:number/restore',
    {
      config: { scope: 'write' },
      schema: {
        tags: ['workflow'],
        operationId: 'restoreArticleRevision',
        summary: 'Restore an article to a revision',
        description:
          'Brings back the content of that revision (headline, body, slug …) as a new revision. The workflow status ' +
          'stays as it is now. Quotes must still fit the restored text (409 otherwise). Needs If-Match.',
        params: RevisionParams,
        headers: IfMatchHeaders,
        response: {
          200: ref(ArticleItem, { description: 'The article with the restored content' }),
          ...problems(404, 409, 412, 428),
          404: problemResponse('No such article or revision'),
        },
      },
    },
    async (request) => {
      const current = await writes.within(request, request.params.idOrSlug, async (db, current) => {
        const { snapshot, number } = await revision(current.id, request.params.number);
        return updateArticle(db, current, snapshot, actorOf(request), `restore:${number}`);
      });
      return writes.answer(current.id);
    },
  );
};

export default revisionRoutes;
