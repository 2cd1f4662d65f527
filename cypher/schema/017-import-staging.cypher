// Staged import (decision 039): one :_Import marker per running import, its staged rows found by import id.
CREATE CONSTRAINT import_marker_id IF NOT EXISTS FOR (i:_Import) REQUIRE i.id IS UNIQUE;
CREATE INDEX import_staged_by_import IF NOT EXISTS FOR (s:_ImportStaged) ON (s._importId);
CREATE INDEX import_staged_node_id IF NOT EXISTS FOR (s:_ImportNode) ON (s.id);
