package se.namndflode.goal;

/** Orders goal numbers as a reader does: 1.2 before 1.10, "1.3.1" after "1.3". */
final class GoalNumbers {

    private GoalNumbers() {
    }

    static String sortKey(String number) {
        StringBuilder key = new StringBuilder();
        for (String part : number.split("\\.")) {
            key.append(String.format("%6s", part)).append('.');
        }
        return key.toString();
    }
}
