-- Two more reasons a whole file is rejected, so that no single file can stop a run
-- (docs/inputs.md, "What bad input gets"): a file that cannot be read at all, and one whose bytes
-- changed while it was read.
ALTER TABLE stats.source_file DROP CONSTRAINT source_file_reason_check;
ALTER TABLE stats.source_file ADD CONSTRAINT source_file_reason_check
    CHECK (reason IN ('empty', 'not_text', 'missing_column', 'too_large', 'outside_inbox', 'unreadable', 'changed_while_read'));
COMMENT ON COLUMN stats.source_file.reason IS 'Why the whole file was rejected: empty, not_text, missing_column, too_large, outside_inbox, unreadable (permissions, a folder or a link loop under a file''s name; no digest, tried again every run), changed_while_read (its bytes changed while it was read; read again next run); NULL unless rejected';
