#include "net/HttpRequestParser.h"

#include <algorithm>

namespace authdeck {

namespace {

constexpr QByteArrayView kCrlf = "\r\n";

// field-value characters: visible ASCII, SP, HTAB and obs-text; never CR, LF or NUL.
bool isFieldValueChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u == '\t' || (u >= 0x20 && u != 0x7f);
}

// Content-Length as RFC 9110 writes it, minus the leading zeros nobody sends on purpose.
std::optional<qint64> canonicalLength(QByteArrayView v)
{
    if (v.isEmpty() || v.size() > 15 || (v.size() > 1 && v.front() == '0'))
        return std::nullopt;
    qint64 n = 0;
    for (char c : v) {
        if (c < '0' || c > '9')
            return std::nullopt;
        n = n * 10 + (c - '0');
    }
    return n;
}

} // namespace

HttpRequestParser::Limits HttpRequestParser::limitsFor(qint64 maxRequestBytes)
{
    Limits limits;
    limits.maxHeaderBytes = qsizetype(std::min<qint64>(maxRequestBytes, limits.maxHeaderBytes));
    limits.maxBodyBytes = maxRequestBytes;
    return limits;
}

HttpRequestParser::State HttpRequestParser::failWith(int status, const char* reason)
{
    m_state = State::Error;
    m_errorStatus = status;
    m_errorReason = reason;
    m_head.clear();
    return m_state;
}

HttpRequestParser::State HttpRequestParser::feed(QByteArrayView bytes)
{
    if (m_state != State::NeedMore)
        return m_state;
    if (m_headDone)
        return takeBody(bytes);

    // Look only at what is new (and the three bytes before it, where a terminator may start),
    // so byte-by-byte feeding stays linear.
    const qsizetype fresh = m_head.size();
    m_head.append(bytes.data(), bytes.size());
    const qsizetype end = m_head.indexOf("\r\n\r\n", std::max<qsizetype>(0, fresh - 3));
    // A bare LF would never end the head; refuse it when it arrives instead of waiting for 408.
    const qsizetype headEnd = end < 0 ? m_head.size() : end + 4;
    for (qsizetype i = fresh; i < headEnd; ++i) {
        if (m_head[i] == '\n' && (i == 0 || m_head[i - 1] != '\r'))
            return failWith(400, "bare CR or LF");
    }
    // The head is the request line and fields with their CRLFs; without its end in sight yet, it
    // is at least size - 1 bytes long (up to three bytes of the terminator may be here already).
    const qsizetype headBytes = end < 0 ? m_head.size() - 1 : end + 2;
    if (headBytes > m_limits.maxHeaderBytes)
        return failWith(431, "header section too large");
    if (end < 0)
        return State::NeedMore;

    const QByteArray rest = m_head.mid(end + 4);
    m_head.truncate(end + 2);
    if (!parseHead(m_head))
        return m_state;
    m_head.clear();
    m_headDone = true;
    return takeBody(rest);
}

HttpRequestParser::State HttpRequestParser::takeBody(QByteArrayView bytes)
{
    const qint64 missing = m_bodyLength - m_request.body.size();
    m_request.body.append(bytes.first(qsizetype(std::min<qint64>(missing, bytes.size()))));
    if (m_request.body.size() == m_bodyLength)
        m_state = State::Complete;
    return m_state;
}

bool HttpRequestParser::parseHead(QByteArrayView head)
{
    // head is "request-line CRLF *(field-line CRLF)".
    qsizetype pos = 0;
    bool first = true;
    while (pos < head.size()) {
        const qsizetype eol = head.indexOf(kCrlf, pos);
        const QByteArrayView line = head.sliced(pos, eol - pos);
        pos = eol + 2;
        if (line.contains('\r') || line.contains('\n')) {
            failWith(400, "bare CR or LF");
            return false;
        }
        if (first ? !parseRequestLine(line) : !parseField(line))
            return false;
        first = false;
    }
    return checkFraming();
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 < 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0) {
        failWith(400, "malformed request line");
        return false;
    }
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isHttpToken(method)) {
        failWith(400, "malformed method");
        return false;
    }
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        const auto digit = [](char c) { return c >= '0' && c <= '9'; };
        const bool looksLikeHttp = version.size() == 8 && version.startsWith("HTTP/")
                                   && digit(version[5]) && version[6] == '.' && digit(version[7]);
        failWith(looksLikeHttp ? 505 : 400,
                 looksLikeHttp ? "unsupported HTTP version" : "malformed HTTP version");
        return false;
    }
    m_request.method = method.toByteArray();
    m_request.version = version.toByteArray();
    return parseTarget(target);
}

bool HttpRequestParser::parseTarget(QByteArrayView target)
{
    // Origin-form only: this is nobody's proxy.
    const bool visible =
        std::all_of(target.begin(), target.end(), [](char c) { return c > 0x20 && c < 0x7f; });
    if (!target.startsWith('/') || !visible || target.contains('#')) {
        failWith(400, "malformed request target");
        return false;
    }
    const qsizetype question = target.indexOf('?');
    const QByteArrayView rawPath = question < 0 ? target : target.first(question);
    // An escaped '/' would make two different paths decode alike.
    if (rawPath.contains("%2f") || rawPath.contains("%2F")) {
        failWith(400, "escaped slash in path");
        return false;
    }
    const std::optional<QByteArray> path = UrlEncodedForm::percentDecode(rawPath, false);
    const bool clean =
        path && path->isValidUtf8() && std::none_of(path->begin(), path->end(), [](char c) {
            return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
        });
    if (!clean) {
        failWith(400, "malformed path");
        return false;
    }
    for (const QByteArray& segment : path->sliced(1).split('/')) {
        if (segment == "." || segment == "..") {
            failWith(400, "dot segment in path");
            return false;
        }
    }
    std::optional<UrlEncodedForm> query =
        question < 0 ? UrlEncodedForm() : UrlEncodedForm::parse(target.sliced(question + 1));
    if (!query) {
        failWith(400, "malformed query");
        return false;
    }
    m_request.target = target.toByteArray();
    m_request.path = QString::fromUtf8(*path);
    m_request.query = std::move(*query);
    return true;
}

bool HttpRequestParser::parseField(QByteArrayView line)
{
    if (line.startsWith(' ') || line.startsWith('\t')) {
        failWith(400, "obsolete line folding");
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    // No whitespace may sit between the name and the colon (RFC 9112 §5.1): isToken refuses it.
    if (colon < 0 || !isHttpToken(line.first(colon))) {
        failWith(400, "malformed header field");
        return false;
    }
    const QByteArrayView value = trimOws(line.sliced(colon + 1));
    if (!std::all_of(value.begin(), value.end(), isFieldValueChar)) {
        failWith(400, "invalid character in header field");
        return false;
    }
    if (m_request.headers.size() >= m_limits.maxHeaderCount) {
        failWith(431, "too many header fields");
        return false;
    }
    m_request.headers.append({line.first(colon).toByteArray(), value.toByteArray()});
    return true;
}

bool HttpRequestParser::checkFraming()
{
    const int hosts = headerCount(m_request.headers, "Host");
    if (hosts > 1 || (hosts == 0 && m_request.version == "HTTP/1.1")) {
        failWith(400, "missing or repeated Host");
        return false;
    }
    if (headerCount(m_request.headers, "Transfer-Encoding") > 0) {
        failWith(501, "Transfer-Encoding is not supported; send Content-Length");
        return false;
    }
    std::optional<qint64> length;
    for (const auto& [name, value] : std::as_const(m_request.headers)) {
        if (QByteArrayView(name).compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        const std::optional<qint64> n = canonicalLength(value);
        if (!n || (length && *length != *n)) {
            failWith(400, "invalid Content-Length");
            return false;
        }
        length = n;
    }
    m_bodyLength = length.value_or(0);
    if (m_bodyLength > m_limits.maxBodyBytes) {
        failWith(413, "body too large");
        return false;
    }
    return true;
}

} // namespace authdeck
