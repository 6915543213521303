#include <QAbstractItemModelTester>
#include <QTest>

#include "ui/common/DiagnosticsModel.h"

using iam::Diagnostic;
using iam::Severity;
using iam::ui::DiagnosticsModel;

namespace {

Diagnostic finding(Severity severity, int line, int column, std::string message, std::string help)
{
    Diagnostic diagnostic;
    diagnostic.code = "TEST_CODE";
    diagnostic.severity = severity;
    diagnostic.message = std::move(message);
    diagnostic.help = std::move(help);
    diagnostic.span.line = line;
    diagnostic.span.column = column;
    diagnostic.span.offset = 42;
    return diagnostic;
}

}  // namespace

class tst_DiagnosticsModel final : public QObject {
    Q_OBJECT

private slots:
    void showsEachFindingAsARow()
    {
        DiagnosticsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiagnostics({finding(Severity::Error, 3, 17, "`Alow` is not an effect", "write `Allow` or `Deny`"),
                              finding(Severity::Warning, 0, 0, "the document has no `Version`", "add one")});

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.index(0, DiagnosticsModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
        QCOMPARE(model.index(0, DiagnosticsModel::PositionColumn).data().toString(), QStringLiteral("3:17"));
        QCOMPARE(model.index(0, DiagnosticsModel::MessageColumn).data().toString(),
                 QStringLiteral("`Alow` is not an effect"));
        QCOMPARE(model.index(0, DiagnosticsModel::HelpColumn).data().toString(), QStringLiteral("write `Allow` or `Deny`"));
        QCOMPARE(model.index(0, 0).data(DiagnosticsModel::ByteOffsetRole).toULongLong(), 42ULL);
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("[TEST_CODE]")));
        QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isNull());
        // A finding without a place shows a dash rather than a misleading 0:0.
        QCOMPARE(model.index(1, DiagnosticsModel::PositionColumn).data().toString(), QStringLiteral("–"));
        QCOMPARE(model.headerData(DiagnosticsModel::PositionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Line:Col"));
    }

    void replacingTheFindingsResetsTheRows()
    {
        DiagnosticsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiagnostics({finding(Severity::Suggestion, 1, 1, "a", "b")});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Suggestion"));
        model.setDiagnostics({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(tst_DiagnosticsModel)
#include "tst_DiagnosticsModel.moc"
