// The floor for `authdeck-cli --version`: the least a QtCore program does to print its version.

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("floor"));
    QCoreApplication::setApplicationVersion(QStringLiteral("1.0"));
    QCommandLineParser parser;
    parser.addVersionOption();
    parser.process(app); // --version prints and exits here
    return 0;
}
