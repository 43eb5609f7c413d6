/** Demo data: loaded on first start of the default profile so that every role has something to work with. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package se.namndflode.demo;
