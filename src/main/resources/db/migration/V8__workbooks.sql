-- Workbooks in the inbox (docs/inputs.md, "Workbooks"): a rejected workbook row is named by its
-- sheet and row, so rejected_row gains the sheet, and a row's key is its file, sheet and line.
ALTER TABLE stats.rejected_row ADD COLUMN sheet text;
ALTER TABLE stats.rejected_row DROP CONSTRAINT rejected_row_pkey;
CREATE UNIQUE INDEX rejected_row_position ON stats.rejected_row (file_id, coalesce(sheet, ''), line_no);
COMMENT ON COLUMN stats.rejected_row.sheet IS 'The sheet of a workbook row (its line_no is then the row number as the spreadsheet shows it); NULL for a CSV record';
COMMENT ON COLUMN stats.rejected_row.line_no IS 'Physical line on which a CSV record starts, as an editor shows it (the header is line 1); a workbook row''s number as the spreadsheet shows it';
COMMENT ON COLUMN stats.rejected_row.raw_line IS 'The record as it stands in the file (several physical lines when a quoted value holds line breaks); a workbook row''s values joined by TAB';

ALTER TABLE stats.source_file DROP CONSTRAINT source_file_reason_check;
ALTER TABLE stats.source_file ADD CONSTRAINT source_file_reason_check
    CHECK (reason IN ('empty', 'not_text', 'missing_column', 'too_large', 'outside_inbox', 'unreadable', 'changed_while_read', 'encrypted', 'macro_workbook'));
COMMENT ON COLUMN stats.source_file.reason IS 'Why the whole file was rejected: empty, not_text (neither text nor a workbook), missing_column (for a workbook: no sheet has the required columns), too_large (also a workbook that expands beyond safe limits), outside_inbox, unreadable (permissions, a folder or a link loop under a file''s name; no digest, tried again every run), changed_while_read (its bytes changed while it was read; read again next run), encrypted (a password-protected workbook), macro_workbook (an .xlsm file: refused, never opened); NULL unless rejected';
ALTER TABLE stats.source_file DROP CONSTRAINT source_file_charset_check;
ALTER TABLE stats.source_file ADD CONSTRAINT source_file_charset_check CHECK (charset IN ('UTF-8', 'windows-1252', 'xlsx', 'xls'));
COMMENT ON COLUMN stats.source_file.charset IS 'Charset a text file was decoded with: UTF-8 (with or without BOM), else windows-1252; xlsx or xls for a workbook';
COMMENT ON COLUMN stats.source_file.delimiter IS 'Field delimiter detected from the header line: comma, semicolon or tab; NULL for a workbook';
