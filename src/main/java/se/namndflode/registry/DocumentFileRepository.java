package se.namndflode.registry;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentFileRepository extends JpaRepository<DocumentFile, Long> {
}
