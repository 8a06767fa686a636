package org.parley.rules.json;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.regex.Pattern;

/**
 * A place in a scenario file as a problem line names it: {@code $.detainees[3].birthDate}.
 * Keys that are not plain words are quoted ({@code $.remains[0]["bad key"]}) and cut short.
 */
record JsonPath(String text) {

    /** The whole document. */
    static final JsonPath ROOT = new JsonPath("$");

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The value of a key of the object here. */
    JsonPath field(String name) {
        if (PLAIN_KEY.matcher(name).matches() && name.length() <= Text.MAX_SHOWN) {
            return new JsonPath(text + "." + name);
        }
        return new JsonPath(text + "[" + Text.printable(TextNode.valueOf(Text.cut(name)).toString()) + "]");
    }

    /** An element of the array here. */
    JsonPath index(int index) {
        return new JsonPath(text + "[" + index + "]");
    }

    @Override
    public String toString() {
        return text;
    }
}
