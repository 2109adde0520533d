package id.orderan.storefront;

import org.springframework.data.jpa.repository.JpaRepository;

interface AntiSpamSettingRepository extends JpaRepository<AntiSpamSettingRow, Long> {}
