package raspc.repl;

import org.jline.reader.impl.DefaultParser;

/**
 * Splits the line into words at every character that cannot be part of a RASP name, so that
 * completion works in the middle of an expression ({@code x = rev<TAB>(tokens)}).
 */
final class IdentifierWordParser extends DefaultParser {
    IdentifierWordParser() {
        // RASP has no escapes; quotes are left alone so strings do not swallow the word.
        escapeChars(new char[0]);
        quoteChars(new char[0]);
    }

    @Override
    public boolean isDelimiterChar(CharSequence buffer, int pos) {
        char c = buffer.charAt(pos);
        return !(Character.isLetterOrDigit(c) || c == '_');
    }
}
