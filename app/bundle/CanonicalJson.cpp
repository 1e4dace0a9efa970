#include "bundle/CanonicalJson.h"

#include "core/JsonString.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace authdeck::bundle {

namespace {

constexpr double MaxSafeInteger = 9007199254740991.0; // 2^53 - 1

void newline(QByteArray& out, bool pretty, int depth)
{
    if (!pretty)
        return;
    out.append('\n');
    out.append(QByteArray(depth * 2, ' '));
}

Status appendValue(QByteArray& out, const QJsonValue& value, bool pretty, int depth);

Status appendObject(QByteArray& out, const QJsonObject& object, bool pretty, int depth)
{
    if (object.isEmpty()) {
        out.append("{}");
        return {};
    }
    std::vector<std::pair<QByteArray, QString>> keys;
    keys.reserve(static_cast<size_t>(object.size()));
    for (auto it = object.begin(); it != object.end(); ++it)
        keys.emplace_back(it.key().toUtf8(), it.key());
    std::sort(keys.begin(), keys.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    out.append('{');
    bool first = true;
    for (const auto& [bytes, key] : keys) {
        if (!first)
            out.append(',');
        first = false;
        newline(out, pretty, depth + 1);
        appendJsonString(out, key.toUtf8());
        out.append(pretty ? ": " : ":");
        if (Status s = appendValue(out, object.value(key), pretty, depth + 1); !s.ok())
            return s;
    }
    newline(out, pretty, depth);
    out.append('}');
    return {};
}

Status appendValue(QByteArray& out, const QJsonValue& value, bool pretty, int depth)
{
    if (depth > 32)
        return fail(ErrorKind::BadInput,
                    QCoreApplication::translate("authdeck::bundle::CanonicalJson",
                                                "JSON nested more than 32 levels deep"));
    switch (value.type()) {
    case QJsonValue::Null:
        out.append("null");
        return {};
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        return {};
    case QJsonValue::Double: {
        if (!CanonicalJson::isCanonicalInteger(value))
            return fail(ErrorKind::BadInput,
                        QCoreApplication::translate(
                            "authdeck::bundle::CanonicalJson",
                            "a number that is not a whole number from -(2^53 - 1) to 2^53 - 1"));
        out.append(QByteArray::number(static_cast<qint64>(value.toDouble())));
        return {};
    }
    case QJsonValue::String:
        appendJsonString(out, value.toString().toUtf8());
        return {};
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out.append("[]");
            return {};
        }
        out.append('[');
        bool first = true;
        for (const QJsonValue& v : array) {
            if (!first)
                out.append(',');
            first = false;
            newline(out, pretty, depth + 1);
            if (Status s = appendValue(out, v, pretty, depth + 1); !s.ok())
                return s;
        }
        newline(out, pretty, depth);
        out.append(']');
        return {};
    }
    case QJsonValue::Object:
        return appendObject(out, value.toObject(), pretty, depth);
    case QJsonValue::Undefined:
        break;
    }
    return fail(ErrorKind::BadInput, QCoreApplication::translate("authdeck::bundle::CanonicalJson",
                                                                 "an undefined JSON value"));
}

} // namespace

bool CanonicalJson::isCanonicalInteger(const QJsonValue& value)
{
    if (value.type() != QJsonValue::Double)
        return false;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::fabs(d) > MaxSafeInteger || std::trunc(d) != d)
        return false;
    // -0 is written "0", which reads back as +0: refuse it so a value has one spelling.
    return !(d == 0 && std::signbit(d));
}

Result<QByteArray> CanonicalJson::serialize(const QJsonObject& object, Layout layout)
{
    QByteArray out;
    const bool pretty = layout == Layout::Pretty;
    if (Status s = appendObject(out, object, pretty, 0); !s.ok())
        return s.error();
    if (pretty)
        out.append('\n');
    return out;
}

} // namespace authdeck::bundle
