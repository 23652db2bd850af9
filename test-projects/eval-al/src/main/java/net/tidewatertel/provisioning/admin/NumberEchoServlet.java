package net.tidewatertel.provisioning.admin;

import java.io.IOException;
import java.io.PrintWriter;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import net.tidewatertel.provisioning.domain.ServiceRegion;

/**
 * NOC helper page: type a number in any format, get it back normalised and with
 * the region it belongs to. No Dashboard access, no JSP.
 */
public class NumberEchoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("<html><head><title>Number echo</title></head><body>");
        out.println("<form method='get'><input name='tn' placeholder='7575550123'/>"
                + "<input name='areaCode' placeholder='757'/><button>Echo</button></form>");

        String raw = req.getParameter("tn");
        if (raw != null && !raw.isEmpty()) {
            out.println("<p>" + escape(describe(raw)) + "</p>");
        }
        String areaCode = req.getParameter("areaCode");
        if (areaCode != null && areaCode.matches("\\d{3}")) {
            int npa = Integer.parseInt(areaCode);
            try {
                out.println("<p>" + npa + " is served by " + ServiceRegion.forAreaCode(npa).getDisplayName() + "</p>");
            } catch (IllegalArgumentException e) {
                out.println("<p>" + npa + " is not one of our area codes</p>");
            }
        }
        out.println("</body></html>");
    }

    static String describe(String raw) {
        String digits = raw.replaceAll("\\D", "");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        if (digits.length() != 10) {
            return raw + ": not a 10-digit NANP number";
        }
        String pretty = "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
        return pretty + " / +1" + digits;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
