#include "core/Ids.h"

#include <QUuid>

namespace authdeck::ids {

bool isValid(const QString& id)
{
    if (id.isEmpty() || id.size() > 128 || id.contains(QLatin1String("..")))
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id.at(i).unicode();
        const bool alnum =
            (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (alnum)
            continue;
        if (i == 0 || (c != u'-' && c != u'_' && c != u'.'))
            return false;
    }
    return true;
}

QString create()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace authdeck::ids
