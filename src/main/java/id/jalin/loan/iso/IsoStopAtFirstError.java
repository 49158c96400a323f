package id.jalin.loan.iso;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Stops parsing or validating at the first error, which becomes the reason shown; nothing goes to the console. */
final class IsoStopAtFirstError implements ErrorHandler {
    @Override
    public void warning(SAXParseException exception) {
        // A warning does not make the message unreadable or invalid.
    }

    @Override
    public void error(SAXParseException exception) throws SAXParseException {
        throw exception;
    }

    @Override
    public void fatalError(SAXParseException exception) throws SAXParseException {
        throw exception;
    }
}
