// Name search's substring part (decision 043): a TEXT index (trigram provider text-2.0) on the derived,
// lower-cased search text serves `_search CONTAINS $needle`, which used to scan every :Entity.
CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (n:Entity) ON (n._search);
