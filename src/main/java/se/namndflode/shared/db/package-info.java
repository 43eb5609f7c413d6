/** Shared database support: Flyway migrations written in Java (see {@link se.namndflode.shared.db.CodedMigration}). */
@org.springframework.modulith.NamedInterface("db")
package se.namndflode.shared.db;
