package gov.ca.code.codejson.harvest;

import gov.ca.code.codejson.model.JsonEnum;

/** Why a file could not be fetched; the JSON name is the stable code in the status report. */
public enum FetchFailure implements JsonEnum {
    /** The host name does not resolve. */
    DNS("dns"),
    /** The TLS handshake failed (certificate, protocol). */
    TLS("tls"),
    /** No connection could be made. */
    CONNECTION("connection"),
    /** The server did not answer, or not completely, in time. */
    TIMEOUT("timeout"),
    /** The server answered with a status other than 200 or 304. */
    HTTP_STATUS("http-status"),
    /** The redirects went on too long, or to an address that is not http or https. */
    REDIRECT("redirect"),
    /** The file is larger than the limit. */
    TOO_LARGE("too-large"),
    /** The connection ended before the whole file arrived. */
    INCOMPLETE("incomplete"),
    /** The file arrived but is not JSON, or not code.json of any family. */
    NOT_JSON("not-json");

    private final String json;

    FetchFailure(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }
}
