package org.dossier.bench.time;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads TempEval-3 TimeML (.tml) files. Stateless and thread-safe. */
public final class TimeMlReader {

    private final XMLInputFactory factory;

    public TimeMlReader() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /**
     * The document in {@code file}; {@code group} names the collection it belongs to (e.g. its folder).
     *
     * @throws IOException if the file cannot be read or is not well-formed XML
     */
    public TimeMlDocument read(Path file, String group) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
            String id = file.getFileName().toString().replaceFirst("\\.tml$", "");
            String dct = null;
            StringBuilder text = new StringBuilder();
            List<TimeMlDocument.GoldTimex> timexes = new ArrayList<>();
            boolean inDct = false;
            boolean inText = false;
            int timexStart = -1;
            String type = null;
            String value = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("DCT")) {
                        inDct = true;
                    } else if (name.equals("TEXT")) {
                        inText = true;
                    } else if (name.equals("TIMEX3")) {
                        if (inDct) {
                            dct = xml.getAttributeValue(null, "value");
                        } else if (inText) {
                            timexStart = text.length();
                            type = xml.getAttributeValue(null, "type");
                            value = xml.getAttributeValue(null, "value");
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("DCT")) {
                        inDct = false;
                    } else if (name.equals("TEXT")) {
                        inText = false;
                    } else if (name.equals("TIMEX3") && inText && timexStart >= 0) {
                        timexes.add(new TimeMlDocument.GoldTimex(timexStart, text.length(), type, value));
                        timexStart = -1;
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    text.append(xml.getText());
                }
            }
            xml.close();
            return new TimeMlDocument(id, group, dct, text.toString(), timexes);
        } catch (XMLStreamException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
