package id.orderan.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserChangeRepository extends JpaRepository<UserChange, Long> {
}
