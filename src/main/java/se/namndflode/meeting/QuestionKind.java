package se.namndflode.meeting;

/**
 * The questions of a propositionsordning (primer 3.4, 3.5): whether the matter is decided today (put for each
 * återremiss or bordläggning yrkande, first); the main question, the proposals against each other; and, when a
 * vote is demanded with more than two proposals, which of the others becomes the motförslag.
 */
enum QuestionKind {
    DECIDE_TODAY,
    MAIN,
    COUNTER_PROPOSAL
}
