-- Every change row carries its resource's visibility now, so the feed reads it with the row instead
-- of looking the resource up. A resource's visibility only ever changes along with a change of
-- its own (status, suggested, a quote's article and deletes each write one: migrations 0003 and
-- 0005), so recomputing it for all of a resource's rows on each new change keeps every row true.
-- `public`: shown as it is; `gone`: public once (ever_public), now a tombstone; `hidden`: never public.
CREATE TRIGGER `changes_visibility` AFTER INSERT ON `changes` BEGIN
  UPDATE `changes` SET visibility = state.visibility
  FROM (
    SELECT CASE
      WHEN CASE new.resource_type
        WHEN 'article' THEN EXISTS (SELECT 1 FROM `articles` a WHERE a.id = new.resource_id AND a.status IN ('published', 'archived'))
        WHEN 'quote' THEN EXISTS (SELECT 1 FROM `quotes` q JOIN `articles` a ON a.id = q.article_id
                                 WHERE q.id = new.resource_id AND a.status IN ('published', 'archived'))
        WHEN 'person' THEN EXISTS (SELECT 1 FROM `people` p WHERE p.id = new.resource_id AND p.suggested = 0)
        WHEN 'place' THEN EXISTS (SELECT 1 FROM `places` p WHERE p.id = new.resource_id AND p.suggested = 0)
        ELSE EXISTS (SELECT 1 FROM `organisations` o WHERE o.id = new.resource_id AND o.suggested = 0)
      END THEN 'public'
      WHEN EXISTS (SELECT 1 FROM `ever_public` e WHERE e.resource_type = new.resource_type AND e.resource_id = new.resource_id)
        THEN 'gone'
      ELSE 'hidden'
    END AS visibility
  ) state
  -- Rows already right are left alone: an edit rewrites nothing of its earlier changes.
  WHERE resource_type = new.resource_type AND resource_id = new.resource_id AND `changes`.visibility IS NOT state.visibility;
END;
--> statement-breakpoint
UPDATE `changes` SET visibility = CASE
  WHEN CASE resource_type
    WHEN 'article' THEN EXISTS (SELECT 1 FROM `articles` a WHERE a.id = resource_id AND a.status IN ('published', 'archived'))
    WHEN 'quote' THEN EXISTS (SELECT 1 FROM `quotes` q JOIN `articles` a ON a.id = q.article_id
                             WHERE q.id = resource_id AND a.status IN ('published', 'archived'))
    WHEN 'person' THEN EXISTS (SELECT 1 FROM `people` p WHERE p.id = resource_id AND p.suggested = 0)
    WHEN 'place' THEN EXISTS (SELECT 1 FROM `places` p WHERE p.id = resource_id AND p.suggested = 0)
    ELSE EXISTS (SELECT 1 FROM `organisations` o WHERE o.id = resource_id AND o.suggested = 0)
  END THEN 'public'
  WHEN EXISTS (SELECT 1 FROM `ever_public` e WHERE e.resource_type = `changes`.resource_type AND e.resource_id = `changes`.resource_id)
    THEN 'gone'
  ELSE 'hidden'
END;
