package id.jalin.loan.iso;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads values out of a message the schema has accepted, so an element's presence and order are already right;
 * what is left to refuse is what the schema allows and Jalin cannot use (an empty request id, a date Java cannot
 * hold, a rota place beyond an int).
 */
final class IsoDom {
    private IsoDom() {
    }

    static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (isElement(node, name)) {
                return (Element) node;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (isElement(node, name)) {
                found.add((Element) node);
            }
        }
        return found;
    }

    static Element firstElement(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                return (Element) node;
            }
        }
        throw new IllegalStateException("The schema let through an empty " + parent.getLocalName());
    }

    /** The element's text, or null when it is absent or empty. */
    static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : IsoText.orNull(element.getTextContent());
    }

    static String required(Element parent, String name) throws IsoMessageRefusedException {
        String text = text(parent, name);
        if (text == null) {
            throw IsoMessageRefusedException.because("loan.iso.refused.missing", parent.getLocalName() + "/" + name);
        }
        return text;
    }

    static LocalDateTime dateTime(Element parent, String name) throws IsoMessageRefusedException {
        return parsed(parent, name, IsoDateTimes::read);
    }

    static LocalDate date(Element parent, String name) throws IsoMessageRefusedException {
        return parsed(parent, name, IsoDateTimes::readDate);
    }

    static Integer integer(Element parent, String name) throws IsoMessageRefusedException {
        return parsed(parent, name, text -> new BigInteger(text.strip()).intValueExact());
    }

    static BigDecimal decimal(Element parent, String name) throws IsoMessageRefusedException {
        return parsed(parent, name, text -> new BigDecimal(text.strip()));
    }

    private static <T> T parsed(Element parent, String name, Function<String, T> parse)
            throws IsoMessageRefusedException {
        String text = text(parent, name);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            throw IsoMessageRefusedException.because("loan.iso.refused.value", name, text);
        }
    }

    private static boolean isElement(Node node, String name) {
        return node.getNodeType() == Node.ELEMENT_NODE && name.equals(node.getLocalName())
                && IsoMessageWriter.NAMESPACE.equals(node.getNamespaceURI());
    }
}
