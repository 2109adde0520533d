-- Demo orders: 300 orders over the last 90 days, generated from the Sequence engine table seq_1_to_300.
-- Deterministic: every "random" choice is modular / Kronecker-sequence arithmetic on the order's sequence number n
-- (n = 1 oldest ... 300 newest). Only the anchor moves: times are relative to UTC_DATE() / UTC_TIMESTAMP().
-- Later statements recover n as ROW_NUMBER() OVER (ORDER BY id), because orders are inserted in n order.
-- Status of the 130 newest orders comes from a fixed pattern (index = rank from newest), older ones
-- are SUKSES / CANCEL / RETUR. Letters: B=BELUM_BAYAR D=DOWN_PAYMENT K=KONFIRMASI S=SEDANG_DIPROSES
-- P=PROSES_PENGIRIMAN X=SUKSES C=CANCEL R=RETUR. A D order is always MANUAL.

-- 1. Orders: customer snapshot, source, status, fees. Money totals are filled in after the lines.
INSERT INTO sales_order (order_number, source, status, customer_id, customer_name, customer_category,
                         customer_phone, customer_email, recipient_name, recipient_phone,
                         ship_street, ship_district, ship_city, ship_province, ship_postal_code,
                         subtotal, discount, shipping_cost, insurance, other_fee, unique_code,
                         grand_total, amount_paid, note, created_at, updated_at, version)
SELECT CONCAT('INV-', p.period, '-',
              LPAD(ROW_NUMBER() OVER (PARTITION BY p.period ORDER BY p.created_at, p.n), 5, '0')),
       p.source, p.status, c.id, c.name, c.category,
       c.phone, c.email, c.name, c.phone,
       c.street, c.district, c.city, c.province, c.postal_code,
       0,
       CASE WHEN MOD(p.n, 13) = 0 THEN 10000 WHEN MOD(p.n, 9) = 0 THEN 5000 ELSE 0 END,
       0,
       0,
       CASE MOD(p.n * 11, 29) WHEN 2 THEN 3000 WHEN 4 THEN 15000 ELSE 0 END,
       CASE WHEN p.source = 'MANUAL' THEN 0 ELSE 1 + MOD(p.n * 577, 999) END,
       0,
       0,
       CASE MOD(p.n * 11, 29)
           WHEN 0 THEN 'Tolong dibungkus rapi ya kak'
           WHEN 1 THEN 'Kirim sebelum jam 3 sore'
           WHEN 2 THEN 'Mohon tambah bubble wrap, isinya botol kaca'
           WHEN 3 THEN IF(c.category = 'DROPSHIPPER', 'Dropship: jangan cantumkan harga di paket',
                          'Untuk hadiah, mohon tanpa nota')
           WHEN 4 THEN 'Pakai packing kayu ya kak'
           WHEN 5 THEN 'Tolong dicek dulu warna dan ukurannya sebelum dikirim'
           ELSE NULL END,
       p.created_at,
       p.created_at,
       0
FROM (
    SELECT q.*,
           DATE_FORMAT(DATE_ADD(q.created_at, INTERVAL 7 HOUR), '%y%m') AS period,
           CASE q.code
               WHEN 'B' THEN 'BELUM_BAYAR'
               WHEN 'D' THEN 'DOWN_PAYMENT'
               WHEN 'K' THEN 'KONFIRMASI'
               WHEN 'S' THEN 'SEDANG_DIPROSES'
               WHEN 'P' THEN 'PROSES_PENGIRIMAN'
               WHEN 'X' THEN 'SUKSES'
               WHEN 'C' THEN 'CANCEL'
               ELSE 'RETUR' END AS status,
           CASE WHEN q.code = 'D' OR q.g < 9 THEN 'MANUAL'
                WHEN q.g < 16 THEN 'FORM'
                ELSE 'PRIVATE' END AS source
    FROM (
        SELECT s.seq AS n,
               FLOOR(MOD(s.seq * 0.5698402910, 1) * 20) AS g,
               FLOOR(MOD(s.seq * 0.6180339887, 1) * 1000) AS u,
               CASE WHEN 301 - s.seq <= 130
                    THEN SUBSTRING('BBBDKBBKDBKSBDKBSKBSSKBPSDBKSPPBSKPBSDPBSPKBPSKPBDPSBPKXPBSCPDBSPKBPXKDPXSCPXDXPXSXPRXBXXDPXDCXSXXPBXPXXBRXCXDXBXPRXSXCXXXRXCXXXXX',
                                   301 - s.seq, 1)
                    WHEN FLOOR(MOD(s.seq * 0.7548776662, 1) * 100) < 79 THEN 'X'
                    WHEN FLOOR(MOD(s.seq * 0.7548776662, 1) * 100) < 91 THEN 'C'
                    ELSE 'R' END AS code,
               -- A growing shop: n 1..180 on days 90..15 ago, n 181..288 on days 14..1 ago, both between
               -- 07:00 and 22:00 WIB (00:00-15:00 UTC), n 289..300 in the last ~7 hours. Strictly increasing with n.
               CASE WHEN s.seq <= 180 THEN
                        TIMESTAMP(UTC_DATE())
                        - INTERVAL (90 - ((s.seq - 1) * 22800 + MOD(s.seq * 7331, 22000)) DIV 54000) DAY
                        + INTERVAL (((s.seq - 1) * 22800 + MOD(s.seq * 7331, 22000)) MOD 54000) SECOND
                        + INTERVAL MOD(s.seq * 7919, 1000000) MICROSECOND
                    WHEN s.seq <= 288 THEN
                        TIMESTAMP(UTC_DATE())
                        - INTERVAL (14 - ((s.seq - 181) * 7000 + MOD(s.seq * 7331, 6900)) DIV 54000) DAY
                        + INTERVAL (((s.seq - 181) * 7000 + MOD(s.seq * 7331, 6900)) MOD 54000) SECOND
                        + INTERVAL MOD(s.seq * 7919, 1000000) MICROSECOND
                    ELSE
                        UTC_TIMESTAMP(6)
                        - INTERVAL ((300 - s.seq) * 37 + 3) MINUTE
                        - INTERVAL MOD(s.seq * 13, 50) SECOND
                        - INTERVAL MOD(s.seq * 7919, 1000000) MICROSECOND
               END AS created_at
        FROM seq_1_to_300 s
    ) q
) p
JOIN (
    SELECT cu.*, ROW_NUMBER() OVER (ORDER BY cu.id) AS k, COUNT(*) OVER () AS cnt
    FROM customer cu
) c ON c.k = ((p.u * p.u + 1000 * p.u) * c.cnt) DIV 2000000 + 1
ORDER BY p.n;

-- 2. Order lines: 1-4 distinct products per order (agen/distributor one more), snapshot of sku, name and price.
INSERT INTO order_line (order_id, line_no, product_id, sku, product_name, unit_price, quantity)
SELECT o.id, j.seq, pr.id, pr.sku, pr.name, pr.price,
       CASE
           WHEN o.customer_category IN ('AGEN', 'DISTRIBUTOR') THEN 3 + MOD(o.n * 7 + j.seq * 3, 3)
           WHEN o.customer_category = 'RESELLER' THEN 2 + MOD(o.n * 7 + j.seq * 3, 3)
           WHEN MOD(o.n * 7 + j.seq * 3, 10) < 6 THEN 1
           WHEN MOD(o.n * 7 + j.seq * 3, 10) < 9 THEN 2
           ELSE 3 END
FROM (
    SELECT so.id, so.customer_category,
           ROW_NUMBER() OVER (ORDER BY so.id) AS n
    FROM sales_order so
) o
JOIN seq_1_to_4 j
  ON j.seq <= LEAST(4,
         CASE WHEN FLOOR(MOD(o.n * 0.4142135624, 1) * 100) < 40 THEN 1
              WHEN FLOOR(MOD(o.n * 0.4142135624, 1) * 100) < 70 THEN 2
              WHEN FLOOR(MOD(o.n * 0.4142135624, 1) * 100) < 88 THEN 3
              ELSE 4 END
         + IF(o.customer_category IN ('AGEN', 'DISTRIBUTOR'), 1, 0))
JOIN (
    SELECT pp.*, ROW_NUMBER() OVER (ORDER BY pp.id) AS k, COUNT(*) OVER () AS cnt
    FROM product pp
) pr ON pr.k = MOD((FLOOR(MOD(o.n * 0.3819660113, 1) * 1000) * FLOOR(MOD(o.n * 0.3819660113, 1) * 1000)
                    + 1000 * FLOOR(MOD(o.n * 0.3819660113, 1) * 1000)) * pr.cnt DIV 2000000
                   + (j.seq - 1) * 7, pr.cnt) + 1
ORDER BY o.id, j.seq;

-- 3. Subtotal, shipping cost (by destination zone plus 2.000 per extra kg, 9.000-45.000) and insurance for bigger orders.
UPDATE sales_order o
JOIN (
    SELECT l.order_id,
           SUM(l.unit_price * l.quantity) AS sub,
           SUM(l.quantity * COALESCE(p.weight_grams, 500)) AS grams
    FROM order_line l
    LEFT JOIN product p ON p.id = l.product_id
    GROUP BY l.order_id
) t ON t.order_id = o.id
SET o.subtotal = t.sub,
    o.shipping_cost = LEAST(45000,
        CASE
            WHEN o.ship_province IN ('DKI Jakarta', 'Jawa Barat', 'Banten') THEN 9000
            WHEN o.ship_province IN ('Jawa Tengah', 'DI Yogyakarta', 'Jawa Timur') THEN 11000
            WHEN o.ship_province IN ('Bali', 'Sumatera Selatan', 'Lampung') THEN 15000
            WHEN o.ship_province IN ('Sumatera Utara', 'Sumatera Barat', 'Riau', 'Kepulauan Riau') THEN 19000
            ELSE 24000 END
        + 2000 * (GREATEST(1, CEIL(t.grams / 1000)) - 1)),
    o.insurance = CASE WHEN t.sub >= 1000000 THEN CEIL(t.sub * 0.0025 / 100) * 100 ELSE 0 END;

-- 4. Grand total.
UPDATE sales_order
SET grand_total = subtotal - discount + shipping_cost + insurance + other_fee + unique_code;

-- 5. Amount paid: nothing before payment, half (rounded to thousands) for a down payment, all once paid.
UPDATE sales_order
SET amount_paid = CASE
        WHEN status = 'DOWN_PAYMENT' THEN ROUND(grand_total / 2, -3)
        WHEN status IN ('SEDANG_DIPROSES', 'PROSES_PENGIRIMAN', 'SUKSES', 'RETUR') THEN grand_total
        ELSE 0 END;

-- 6. Status history along a plausible path to the current status.
--    Paid prefix: MANUAL  BELUM_BAYAR > SEDANG_DIPROSES (every 5th manual: via DOWN_PAYMENT),
--                 FORM/PRIVATE  BELUM_BAYAR > KONFIRMASI > SEDANG_DIPROSES.
--    Gaps between steps are realistic (minutes to days). When an order is too young for the whole path,
--    the gaps are scaled down so that the last change stays before now.
INSERT INTO order_status_change (order_id, from_status, to_status, changed_by, changed_at, note)
SELECT y.order_id, y.from_status, y.to_status, y.changed_by,
       DATE_ADD(y.created_at, INTERVAL FLOOR(y.cum * IF(y.total = 0, 1, LEAST(1, y.cap / y.total)) * 1000000) MICROSECOND),
       y.note
FROM (
    SELECT x.*,
           SUM(x.gap) OVER (PARTITION BY x.order_id ORDER BY x.step) AS cum,
           SUM(x.gap) OVER (PARTITION BY x.order_id) AS total
    FROM (
        SELECT w.*,
               CASE
                   WHEN w.step = 1 THEN 0
                   WHEN w.to_status = 'DOWN_PAYMENT' THEN (20 + MOD(w.x, 160)) * 60 + MOD(w.x, 60)
                   WHEN w.to_status = 'KONFIRMASI' THEN (15 + MOD(w.x, 285)) * 60 + MOD(w.x, 60)
                   WHEN w.to_status = 'SEDANG_DIPROSES' AND w.from_status = 'DOWN_PAYMENT' THEN (1440 + MOD(w.x, 5760)) * 60 + MOD(w.x, 60)
                   WHEN w.to_status = 'SEDANG_DIPROSES' AND w.from_status = 'KONFIRMASI' THEN (10 + MOD(w.x, 230)) * 60 + MOD(w.x, 60)
                   WHEN w.to_status = 'SEDANG_DIPROSES' THEN (10 + MOD(w.x, 170)) * 60 + MOD(w.x, 60)
                   WHEN w.to_status = 'PROSES_PENGIRIMAN' THEN (180 + MOD(w.x, 1620)) * 60 + MOD(w.x, 60)
                   WHEN w.to_status = 'SUKSES' THEN (1440 + MOD(w.x, 4320)) * 60 + MOD(w.x, 60)
                   WHEN w.to_status = 'RETUR' THEN (7200 + MOD(w.x, 5760)) * 60 + MOD(w.x, 60)
                   WHEN w.to_status = 'CANCEL' THEN (1440 + MOD(w.x, 2880)) * 60 + MOD(w.x, 60)
                   ELSE 3600 END AS gap,
               CASE
                   WHEN w.step = 1 THEN IF(w.source = 'MANUAL', 'cs', 'system')
                   WHEN w.to_status = 'KONFIRMASI' THEN 'system'
                   WHEN w.to_status IN ('PROSES_PENGIRIMAN', 'RETUR') THEN 'gudang'
                   ELSE 'cs' END AS changed_by,
               CASE
                   WHEN w.step = 1 THEN NULL
                   WHEN w.to_status = 'SEDANG_DIPROSES' AND w.from_status = 'DOWN_PAYMENT' THEN 'Pelunasan diterima'
                   WHEN w.to_status = 'SEDANG_DIPROSES' AND w.from_status = 'KONFIRMASI' THEN 'Pembayaran sudah dicek dan sesuai'
                   WHEN w.to_status = 'SEDANG_DIPROSES' THEN 'Pembayaran diterima'
                   WHEN w.to_status = 'DOWN_PAYMENT' THEN 'DP 50% diterima'
                   WHEN w.to_status = 'CANCEL' THEN ELT(1 + MOD(w.n, 4), 'Pembeli tidak jadi order', 'Pembeli tidak jadi order',
                                                        'Tidak ada pembayaran setelah 2x24 jam', 'Stok kosong, pembeli setuju dibatalkan')
                   WHEN w.to_status = 'RETUR' THEN ELT(1 + MOD(w.n, 3), 'Alamat tidak ditemukan', 'Alamat tidak ditemukan',
                                                       'Penerima menolak paket')
                   ELSE NULL END AS note
        FROM (
            SELECT v.order_id, v.n, v.source, v.created_at, v.cap, st.seq AS step,
                   SUBSTRING_INDEX(SUBSTRING_INDEX(v.path, ',', st.seq), ',', -1) AS to_status,
                   IF(st.seq = 1, NULL, SUBSTRING_INDEX(SUBSTRING_INDEX(v.path, ',', st.seq - 1), ',', -1)) AS from_status,
                   MOD(v.n * 7919 + st.seq * 104729, 10007) AS x
            FROM (
                SELECT u.*,
                       CONCAT(
                           CASE
                               WHEN u.status IN ('BELUM_BAYAR', 'CANCEL', 'KONFIRMASI', 'DOWN_PAYMENT') THEN 'BELUM_BAYAR'
                               WHEN u.source <> 'MANUAL' THEN 'BELUM_BAYAR,KONFIRMASI,SEDANG_DIPROSES'
                               WHEN MOD(u.n, 5) = 0 THEN 'BELUM_BAYAR,DOWN_PAYMENT,SEDANG_DIPROSES'
                               ELSE 'BELUM_BAYAR,SEDANG_DIPROSES' END,
                           CASE u.status
                               WHEN 'CANCEL' THEN ',CANCEL'
                               WHEN 'KONFIRMASI' THEN ',KONFIRMASI'
                               WHEN 'DOWN_PAYMENT' THEN ',DOWN_PAYMENT'
                               WHEN 'PROSES_PENGIRIMAN' THEN ',PROSES_PENGIRIMAN'
                               WHEN 'SUKSES' THEN ',PROSES_PENGIRIMAN,SUKSES'
                               WHEN 'RETUR' THEN ',PROSES_PENGIRIMAN,RETUR'
                               ELSE '' END) AS path
                FROM (
                    SELECT so.id AS order_id, so.source, so.status, so.created_at,
                           ROW_NUMBER() OVER (ORDER BY so.id) AS n,
                           TIMESTAMPDIFF(SECOND, so.created_at, UTC_TIMESTAMP(6)) * 0.85 AS cap
                    FROM sales_order so
                ) u
            ) v
            JOIN seq_1_to_5 st ON st.seq <= 1 + LENGTH(v.path) - LENGTH(REPLACE(v.path, ',', ''))
        ) w
    ) x
) y
ORDER BY y.order_id, y.step;

-- 7. An order was last updated by its last status change.
UPDATE sales_order o
JOIN (
    SELECT order_id, MAX(changed_at) AS last_change
    FROM order_status_change
    GROUP BY order_id
) t ON t.order_id = o.id
SET o.updated_at = t.last_change;

-- 8. Keep the app's numbering going after the demo numbers: last value per yymm period.
INSERT INTO order_number_counter (period, last_value)
SELECT SUBSTRING(order_number, 5, 4), MAX(CAST(SUBSTRING(order_number, 10) AS UNSIGNED))
FROM sales_order
WHERE order_number LIKE 'INV-____-_____'
GROUP BY SUBSTRING(order_number, 5, 4)
ON DUPLICATE KEY UPDATE last_value = GREATEST(last_value, VALUES(last_value));
