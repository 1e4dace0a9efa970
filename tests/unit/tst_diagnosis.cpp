// The one table of diagnoses (core/Diagnosis): every cause has a stable id, a plain cause and a
// next step, and the error text the GUI shows carries the next step.
#include "core/Diagnosis.h"
#include "core/Result.h"

#include <QSet>
#include <QTest>

using namespace authdeck;

class TestDiagnosis : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyCauseHasWords()
    {
        QSet<QString> ids;
        QSet<QString> steps;
        for (int i = int(Diagnosis::RefreshTokenExpired); i <= int(Diagnosis::Tampered); ++i) {
            const auto d = Diagnosis(i);
            const QString id = diagnosisId(d);
            QVERIFY2(!id.isEmpty(), qPrintable(QString::number(i)));
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            QVERIFY2(!diagnosisCause(d).isEmpty(), qPrintable(id));
            const QString step = nextStep(d);
            QVERIFY2(!step.isEmpty(), qPrintable(id));
            QVERIFY2(!steps.contains(step), qPrintable(id));
            steps.insert(step);
        }
        QVERIFY(diagnosisId(Diagnosis::None).isEmpty());
        QVERIFY(nextStep(Diagnosis::None).isEmpty());
    }

    void messageWithNextStep_data()
    {
        QTest::addColumn<int>("diagnosis");
        QTest::addColumn<QString>("says");
        QTest::newRow("clock") << int(Diagnosis::ClockSkew) << QStringLiteral("clock");
        QTest::newRow("tls") << int(Diagnosis::TlsError) << QStringLiteral("SHA-256 fingerprint");
        QTest::newRow("redirect") << int(Diagnosis::RedirectUriNotRegistered)
                                  << QStringLiteral("apps show");
        QTest::newRow("not authorized")
            << int(Diagnosis::AppNotAuthorized) << QStringLiteral("enterprise admin");
    }

    void messageWithNextStep()
    {
        QFETCH(int, diagnosis);
        QFETCH(QString, says);
        Error e = fail(ErrorKind::Rejected, QStringLiteral("It failed."));
        QCOMPARE(authdeck::messageWithNextStep(e), QStringLiteral("It failed."));
        e.diagnosis = Diagnosis(diagnosis);
        const QString text = authdeck::messageWithNextStep(e);
        QVERIFY(text.startsWith(QStringLiteral("It failed.\n")));
        QVERIFY2(text.contains(says), qPrintable(text));
        QVERIFY(text.contains(nextStep(e.diagnosis)));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
