-- Demo payments, payment confirmations, shipments and follow-ups, all derived from the orders and their
-- status history written by 003-orders.sql (times are taken from the matching status change).

-- 1. Down payments (kind DP): every order that went through DOWN_PAYMENT, half of the total rounded to thousands.
INSERT INTO payment (order_id, kind, method, amount, paid_at, recorded_by, created_at)
SELECT o.id, 'DP',
       ELT(1 + MOD(o.grand_total DIV 1000, 3), 'TRANSFER', 'QRIS', 'TRANSFER'),
       ROUND(o.grand_total / 2, -3),
       sc.changed_at, 'cs', sc.changed_at
FROM sales_order o
JOIN order_status_change sc ON sc.order_id = o.id AND sc.to_status = 'DOWN_PAYMENT'
ORDER BY sc.changed_at, o.id;

-- 2. Full payments (kind FULL) when the order moved to SEDANG_DIPROSES: the whole total, or the rest after a DP.
--    FORM/PRIVATE buyers transferred when they confirmed, the payment is recorded when CS approved it.
INSERT INTO payment (order_id, kind, method, amount, paid_at, recorded_by, created_at)
SELECT o.id, 'FULL',
       CASE WHEN o.source = 'MANUAL'
            THEN ELT(1 + MOD(o.grand_total DIV 1000, 5), 'TRANSFER', 'CASH', 'QRIS', 'TRANSFER', 'QRIS')
            ELSE 'TRANSFER' END,
       o.grand_total - IF(dp.id IS NULL, 0, ROUND(o.grand_total / 2, -3)),
       COALESCE(k.changed_at, sc.changed_at), 'cs', sc.changed_at
FROM sales_order o
JOIN order_status_change sc ON sc.order_id = o.id AND sc.to_status = 'SEDANG_DIPROSES'
LEFT JOIN order_status_change dp ON dp.order_id = o.id AND dp.to_status = 'DOWN_PAYMENT'
LEFT JOIN order_status_change k ON k.order_id = o.id AND k.to_status = 'KONFIRMASI'
ORDER BY sc.changed_at, o.id;

-- 3. Payment confirmations sent by buyers: PENDING while the order is KONFIRMASI, APPROVED once it moved on.
INSERT INTO payment_confirmation (order_id, bank, account_holder, amount, transfer_date, proof_file,
                                  proof_content_type, note, state, decision_note, submitted_by, submitted_at,
                                  decided_by, decided_at, version)
SELECT o.id,
       ELT(1 + MOD(o.grand_total DIV 1000, 5), 'BCA', 'Mandiri', 'BRI', 'BNI', 'BSI'),
       UPPER(o.customer_name),
       o.grand_total,
       DATE(DATE_ADD(k.changed_at, INTERVAL 7 HOUR)),
       NULL, NULL,
       CASE MOD(o.grand_total DIV 1000, 4)
           WHEN 0 THEN 'Sudah transfer ya kak, mohon dicek'
           WHEN 1 THEN 'Transfer dari rekening suami'
           ELSE NULL END,
       IF(sdp.id IS NULL, 'PENDING', 'APPROVED'),
       NULL, NULL, k.changed_at,
       IF(sdp.id IS NULL, NULL, 'cs'),
       sdp.changed_at,
       0
FROM sales_order o
JOIN order_status_change k ON k.order_id = o.id AND k.to_status = 'KONFIRMASI'
LEFT JOIN order_status_change sdp ON sdp.order_id = o.id AND sdp.to_status = 'SEDANG_DIPROSES'
ORDER BY k.changed_at, o.id;

-- 4. Shipments for everything handed to a courier (PROSES_PENGIRIMAN, SUKSES, RETUR).
--    Resi formats imitate each courier, the order's sequence number keeps them unique.
INSERT INTO shipment (order_id, courier, service, resi, shipped_at, delivered_at, created_by, created_at, version)
SELECT z.order_id, z.courier,
       CASE z.courier
           WHEN 'JNE' THEN ELT(1 + MOD(z.n, 3), 'REG', 'YES', 'OKE')
           WHEN 'JNT' THEN 'EZ'
           WHEN 'SICEPAT' THEN ELT(1 + MOD(z.n, 3), 'REG', 'BEST', 'HALU')
           WHEN 'ANTERAJA' THEN 'REG'
           WHEN 'POS' THEN 'KILAT'
           WHEN 'NINJA' THEN 'STANDARD'
           WHEN 'IDEXPRESS' THEN 'STD'
           WHEN 'SAP' THEN 'REG'
           WHEN 'LION' THEN 'REGPACK'
           WHEN 'WAHANA' THEN 'NORMAL'
           ELSE ELT(1 + MOD(z.n, 3), 'REG', 'ONS', 'ECO') END,
       CASE z.courier
           WHEN 'JNE' THEN CONCAT('01', DATE_FORMAT(DATE_ADD(z.shipped_at, INTERVAL 7 HOUR), '%y%m%d'),
                                  LPAD(MOD(z.n * 7919, 10000), 4, '0'), LPAD(z.n, 4, '0'))
           WHEN 'JNT' THEN CONCAT('JP', LPAD(MOD(z.n * 7919, 1000000), 6, '0'), LPAD(z.n, 4, '0'))
           WHEN 'SICEPAT' THEN CONCAT('0042', LPAD(MOD(z.n * 7919, 10000), 4, '0'), LPAD(z.n, 4, '0'))
           WHEN 'ANTERAJA' THEN CONCAT('1000', LPAD(MOD(z.n * 7919, 10000000), 7, '0'), LPAD(z.n, 4, '0'))
           WHEN 'POS' THEN CONCAT('P', DATE_FORMAT(DATE_ADD(z.shipped_at, INTERVAL 7 HOUR), '%y%m%d'),
                                  LPAD(MOD(z.n * 7919, 1000), 3, '0'), LPAD(z.n, 4, '0'))
           WHEN 'NINJA' THEN CONCAT('NLIDAP', LPAD(MOD(z.n * 7919, 10000), 4, '0'), LPAD(z.n, 4, '0'))
           WHEN 'IDEXPRESS' THEN CONCAT('IDS', LPAD(MOD(z.n * 7919, 100000000), 8, '0'), LPAD(z.n, 4, '0'))
           WHEN 'SAP' THEN CONCAT('SAP', LPAD(MOD(z.n * 7919, 10000000), 7, '0'), LPAD(z.n, 4, '0'))
           WHEN 'LION' THEN CONCAT('11LP', LPAD(MOD(z.n * 7919, 1000000), 6, '0'), LPAD(z.n, 4, '0'))
           WHEN 'WAHANA' THEN CONCAT('AGA', LPAD(MOD(z.n * 7919, 100), 2, '0'), LPAD(z.n, 4, '0'))
           ELSE CONCAT('66', LPAD(MOD(z.n * 7919, 1000000), 6, '0'), LPAD(z.n, 4, '0')) END,
       z.shipped_at, z.delivered_at, 'gudang', z.shipped_at, 0
FROM (
    SELECT o.id AS order_id, o.n, pp.changed_at AS shipped_at, ok.changed_at AS delivered_at,
           CASE
               WHEN MOD(o.n * 17, 20) < 4 THEN 'JNE'
               WHEN MOD(o.n * 17, 20) < 8 THEN 'JNT'
               WHEN MOD(o.n * 17, 20) < 11 THEN 'SICEPAT'
               WHEN MOD(o.n * 17, 20) < 13 THEN 'ANTERAJA'
               WHEN MOD(o.n * 17, 20) = 13 THEN 'POS'
               WHEN MOD(o.n * 17, 20) = 14 THEN 'NINJA'
               WHEN MOD(o.n * 17, 20) = 15 THEN 'IDEXPRESS'
               WHEN MOD(o.n * 17, 20) = 16 THEN 'SAP'
               WHEN MOD(o.n * 17, 20) = 17 THEN 'LION'
               WHEN MOD(o.n * 17, 20) = 18 THEN 'WAHANA'
               ELSE 'TIKI' END AS courier
    FROM (
        SELECT so.id, ROW_NUMBER() OVER (ORDER BY so.id) AS n
        FROM sales_order so
    ) o
    JOIN order_status_change pp ON pp.order_id = o.id AND pp.to_status = 'PROSES_PENGIRIMAN'
    LEFT JOIN order_status_change ok ON ok.order_id = o.id AND ok.to_status = 'SUKSES'
) z
ORDER BY z.shipped_at, z.order_id;

-- 5. Follow-ups for orders still waiting for (the rest of) their payment: FU_1 a few hours after the last
--    status change, FU_2 about a day later. Email only when the buyer has an address, otherwise WhatsApp.
INSERT INTO follow_up (order_id, channel, stage, subject, message, state, error, sent_by, sent_at)
SELECT f.order_id,
       f.channel,
       f.stage,
       IF(f.channel = 'EMAIL',
          CONCAT(IF(f.status = 'DOWN_PAYMENT', 'Pelunasan pesanan ', 'Pengingat pembayaran pesanan '), f.order_number),
          NULL),
       CONCAT(
           'Halo Kak ', f.first_name, ', ',
           CASE
               WHEN f.status = 'DOWN_PAYMENT' AND f.stage = 'FU_1' THEN
                   CONCAT('terima kasih DP-nya sebesar Rp ', f.paid_rp, ' untuk pesanan ', f.order_number,
                          '. Sisa pelunasan Rp ', f.rest_rp,
                          ' ditunggu ya Kak, setelah lunas pesanan langsung kami proses dan kirim.')
               WHEN f.status = 'DOWN_PAYMENT' THEN
                   CONCAT('kami ingatkan kembali sisa pelunasan pesanan ', f.order_number, ' sebesar Rp ', f.rest_rp,
                          '. Mohon kirim bukti transfer jika sudah melakukan pembayaran ya Kak.')
               WHEN f.stage = 'FU_1' THEN
                   CONCAT('pesanan ', f.order_number, ' sebesar Rp ', f.total_rp,
                          ' belum kami terima pembayarannya. Silakan lakukan pembayaran dan kirim bukti transfer',
                          ' agar pesanan bisa segera kami proses ya Kak.')
               ELSE
                   CONCAT('kami ingatkan kembali pesanan ', f.order_number, ' sebesar Rp ', f.total_rp,
                          ' masih menunggu pembayaran. Jika dalam 1x24 jam belum ada pembayaran,',
                          ' pesanan akan kami batalkan otomatis ya Kak.')
           END,
           IF(f.channel = 'EMAIL', CONCAT(CHAR(10), CHAR(10), 'Salam hangat,', CHAR(10), 'Tim CS'), ' Terima kasih.')),
       'SENT', NULL, 'cs',
       f.sent_at
FROM (
    SELECT o.id AS order_id, o.order_number, o.status, st.stage,
           SUBSTRING_INDEX(o.customer_name, ' ', 1) AS first_name,
           REPLACE(FORMAT(o.grand_total, 0), ',', '.') AS total_rp,
           REPLACE(FORMAT(o.amount_paid, 0), ',', '.') AS paid_rp,
           REPLACE(FORMAT(o.grand_total - o.amount_paid, 0), ',', '.') AS rest_rp,
           IF(o.customer_email IS NOT NULL AND MOD(o.n, 3) = 0, 'EMAIL', 'WHATSAPP') AS channel,
           CASE st.stage
               WHEN 'FU_1' THEN DATE_ADD(o.updated_at, INTERVAL
                                   LEAST((120 + MOD(o.n * 37, 600)) * 60, FLOOR(o.age * 0.5)) SECOND)
               ELSE DATE_ADD(o.updated_at, INTERVAL
                        LEAST((1440 + MOD(o.n * 53, 720)) * 60, FLOOR(o.age * 0.8)) SECOND)
           END AS sent_at
    FROM (
        SELECT so.*, ROW_NUMBER() OVER (ORDER BY so.id) AS n,
               TIMESTAMPDIFF(SECOND, so.updated_at, UTC_TIMESTAMP(6)) AS age
        FROM sales_order so
    ) o
    JOIN (SELECT 'FU_1' AS stage, 3 * 3600 AS min_age UNION ALL SELECT 'FU_2', 30 * 3600) st
      ON o.age >= st.min_age
    WHERE o.status IN ('BELUM_BAYAR', 'DOWN_PAYMENT')
) f
ORDER BY f.sent_at, f.order_id;
