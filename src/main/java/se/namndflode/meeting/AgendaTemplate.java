package se.namndflode.meeting;

import java.util.List;

/**
 * The standard items that open and close a board's agenda (primer 3.1, the seed protocol 12/2023): the approval
 * of the agenda, the justerare, information and members' questions before the matters; the items for information
 * and Övrigt after them.
 */
final class AgendaTemplate {

    /** One standard item; {@code closing} items come after the matters. */
    record Item(String title, boolean closing) {
    }

    /** The items every board starts with. */
    static final List<Item> DEFAULT = List.of(
            new Item("Godkännande av dagordningen", false),
            new Item("Val av justerare och tid för justering", false),
            new Item("Information", false),
            new Item("Ledamöternas frågor", false),
            new Item("Anmälningsärenden", true),
            new Item("Delegationsbeslut", true),
            new Item("Övrigt", true));

    private AgendaTemplate() {
    }
}
