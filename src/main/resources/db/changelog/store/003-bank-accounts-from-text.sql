-- One store_bank_account row per "Bank|Nomor|Atas nama" line of store_profile.banks, in the lines' order.
-- Like the old reader, a line counts only with exactly three parts and a bank and a number; the number keeps
-- its digits only (spaces, dashes and dots were separators). Idempotent: profiles that already have rows are skipped.
INSERT INTO store_bank_account (store_profile_id, position, bank, account_number, holder)
WITH RECURSIVE bank_line (profile_id, n, line, rest) AS (
    SELECT id, 0,
           SUBSTRING_INDEX(REPLACE(banks, '\r', ''), '\n', 1),
           IF(LOCATE('\n', REPLACE(banks, '\r', '')) > 0,
              SUBSTRING(REPLACE(banks, '\r', ''), LOCATE('\n', REPLACE(banks, '\r', '')) + 1), NULL)
    FROM store_profile
    WHERE banks IS NOT NULL AND TRIM(banks) <> ''
      AND NOT EXISTS (SELECT 1 FROM store_bank_account a WHERE a.store_profile_id = store_profile.id)
    UNION ALL
    SELECT profile_id, n + 1,
           SUBSTRING_INDEX(rest, '\n', 1),
           IF(LOCATE('\n', rest) > 0, SUBSTRING(rest, LOCATE('\n', rest) + 1), NULL)
    FROM bank_line
    WHERE rest IS NOT NULL AND n < 100
)
SELECT profile_id, n,
       LEFT(TRIM(SUBSTRING_INDEX(line, '|', 1)), 60),
       LEFT(REGEXP_REPLACE(SUBSTRING_INDEX(SUBSTRING_INDEX(line, '|', 2), '|', -1), '[^0-9]', ''), 30),
       LEFT(TRIM(SUBSTRING_INDEX(line, '|', -1)), 120)
FROM bank_line
WHERE CHAR_LENGTH(line) - CHAR_LENGTH(REPLACE(line, '|', '')) = 2
  AND TRIM(SUBSTRING_INDEX(line, '|', 1)) <> ''
  AND REGEXP_REPLACE(SUBSTRING_INDEX(SUBSTRING_INDEX(line, '|', 2), '|', -1), '[^0-9]', '') <> '';
