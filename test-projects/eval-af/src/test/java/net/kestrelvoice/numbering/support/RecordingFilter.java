package net.kestrelvoice.numbering.support;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.ws.rs.client.ClientRequestContext;
import javax.ws.rs.client.ClientRequestFilter;
import javax.ws.rs.core.Response;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.Marshaller;
import javax.xml.bind.annotation.XmlRootElement;

/**
 * Test double for the dashboard: records each request CXF is about to send and aborts it with
 * the next canned response (default 200 with an empty body).
 */
public class RecordingFilter implements ClientRequestFilter {

    public record Recorded(String method, String uri, String body) {
    }

    private final List<Recorded> requests = new ArrayList<>();
    private final Deque<Response> responses = new ArrayDeque<>();

    public RecordingFilter respond(Response response) {
        responses.add(response);
        return this;
    }

    public RecordingFilter respondCreated(String location) {
        return respond(Response.status(201).header("Location", location).build());
    }

    public RecordingFilter respondXml(String xml) {
        return respond(Response.ok(xml, "application/xml").build());
    }

    @Override
    public void filter(ClientRequestContext request) {
        requests.add(new Recorded(request.getMethod(), request.getUri().toString(), bodyOf(request.getEntity())));
        Response next = responses.poll();
        request.abortWith(next != null ? next : Response.ok().build());
    }

    public List<Recorded> requests() {
        return requests;
    }

    public Recorded last() {
        return requests.get(requests.size() - 1);
    }

    private static String bodyOf(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof String s) {
            return s;
        }
        if (entity.getClass().isAnnotationPresent(XmlRootElement.class)) {
            try {
                StringWriter out = new StringWriter();
                Marshaller m = JAXBContext.newInstance(entity.getClass()).createMarshaller();
                m.setProperty(Marshaller.JAXB_FRAGMENT, true);
                m.marshal(entity, out);
                return out.toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return entity.toString();
    }
}
