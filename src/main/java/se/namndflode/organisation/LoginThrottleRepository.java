package se.namndflode.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoginThrottleRepository extends JpaRepository<LoginThrottle, LoginThrottle.Key> {
}
