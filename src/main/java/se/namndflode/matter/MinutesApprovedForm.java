package se.namndflode.matter;

/** "Protokollet är justerat": no fields; carries a refusal back to the page. */
public class MinutesApprovedForm {
}
