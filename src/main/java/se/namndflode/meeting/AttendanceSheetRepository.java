package se.namndflode.meeting;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttendanceSheetRepository extends JpaRepository<AttendanceSheet, Long> {
}
