-- Stored article documents (article_documents, migration 0011) show an article, its quotes and the
-- people, places and organisations it refers to. Whatever changes any of those deletes the documents
-- that show it, in the same transaction, and the next read writes them afresh: no write path can
-- leave a stale document behind.
CREATE TRIGGER `articles_document_update` AFTER UPDATE ON `articles` BEGIN
  DELETE FROM `article_documents` WHERE article_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_document_insert` AFTER INSERT ON `quotes` BEGIN
  DELETE FROM `article_documents` WHERE article_id = new.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_document_update` AFTER UPDATE ON `quotes` BEGIN
  DELETE FROM `article_documents` WHERE article_id = old.article_id;
  DELETE FROM `article_documents` WHERE article_id = new.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_document_delete` AFTER DELETE ON `quotes` BEGIN
  DELETE FROM `article_documents` WHERE article_id = old.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `mentions_document_insert` AFTER INSERT ON `mentions` BEGIN
  DELETE FROM `article_documents` WHERE article_id = new.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `mentions_document_update` AFTER UPDATE ON `mentions` BEGIN
  DELETE FROM `article_documents` WHERE article_id = old.article_id;
  DELETE FROM `article_documents` WHERE article_id = new.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `mentions_document_delete` AFTER DELETE ON `mentions` BEGIN
  DELETE FROM `article_documents` WHERE article_id = old.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `people_document_update` AFTER UPDATE ON `people` BEGIN
  DELETE FROM `article_documents` WHERE article_id IN (SELECT article_id FROM `mentions` WHERE person_id = old.id UNION SELECT article_id FROM `quotes` WHERE speaker_person_id = old.id);
END;
--> statement-breakpoint
CREATE TRIGGER `people_document_delete` BEFORE DELETE ON `people` BEGIN
  DELETE FROM `article_documents` WHERE article_id IN (SELECT article_id FROM `mentions` WHERE person_id = old.id UNION SELECT article_id FROM `quotes` WHERE speaker_person_id = old.id);
END;
--> statement-breakpoint
CREATE TRIGGER `places_document_update` AFTER UPDATE ON `places` BEGIN
  DELETE FROM `article_documents` WHERE article_id IN (SELECT article_id FROM `mentions` WHERE place_id = old.id);
END;
--> statement-breakpoint
CREATE TRIGGER `places_document_delete` BEFORE DELETE ON `places` BEGIN
  DELETE FROM `article_documents` WHERE article_id IN (SELECT article_id FROM `mentions` WHERE place_id = old.id);
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_document_update` AFTER UPDATE ON `organisations` BEGIN
  DELETE FROM `article_documents` WHERE article_id IN (SELECT article_id FROM `mentions` WHERE organisation_id = old.id UNION SELECT article_id FROM `quotes` WHERE speaker_organisation_id = old.id);
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_document_delete` BEFORE DELETE ON `organisations` BEGIN
  DELETE FROM `article_documents` WHERE article_id IN (SELECT article_id FROM `mentions` WHERE organisation_id = old.id UNION SELECT article_id FROM `quotes` WHERE speaker_organisation_id = old.id);
END;
--> statement-breakpoint
CREATE TRIGGER `person_roles_document_insert` AFTER INSERT ON `person_roles` BEGIN
  DELETE FROM `article_documents` WHERE article_id IN (SELECT article_id FROM `mentions` WHERE person_id = new.person_id UNION SELECT article_id FROM `quotes` WHERE speaker_person_id = new.person_id);
END;
--> statement-breakpoint
CREATE TRIGGER `person_roles_document_update` AFTER UPDATE ON `person_roles` BEGIN
  DELETE FROM `article_documents` WHERE article_id IN (SELECT article_id FROM `mentions` WHERE person_id = old.person_id UNION SELECT article_id FROM `quotes` WHERE speaker_person_id = old.person_id);
  DELETE FROM `article_documents` WHERE article_id IN (SELECT article_id FROM `mentions` WHERE person_id = new.person_id UNION SELECT article_id FROM `quotes` WHERE speaker_person_id = new.person_id);
END;
--> statement-breakpoint
CREATE TRIGGER `person_roles_document_delete` AFTER DELETE ON `person_roles` BEGIN
  DELETE FROM `article_documents` WHERE article_id IN (SELECT article_id FROM `mentions` WHERE person_id = old.person_id UNION SELECT article_id FROM `quotes` WHERE speaker_person_id = old.person_id);
END;
