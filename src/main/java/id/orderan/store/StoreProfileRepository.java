package id.orderan.store;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoreProfileRepository extends JpaRepository<StoreProfileRow, Long> {}
