/** The way in: sign-in page, and a start page per role that leads to that role's work. */
@org.springframework.modulith.ApplicationModule(displayName = "Start pages")
package se.namndflode.home;
