#pragma once

#include <memory>

#include <QAbstractItemModelTester>
#include <QString>
#include <QTest>

#include "core/catalog/Catalog.h"

#include "core/eval/SimulationDocument.h"
#include "ui/simulate/SimulationSession.h"

// What both batch views are tried on: a read-only S3 policy (list the bucket, read its objects) with
// one Deny, and a request that reads one report.
namespace batchtest {

inline const char* kBucket = "arn:aws:s3:::reports";
inline const char* kObject = "arn:aws:s3:::reports/q3.pdf";

// Plain literals, not raw strings: moc in Qt 6.4 loses track of classes after a raw string.
inline const char* kReadOnlyPolicy
    = "{\n"
      "  \"Version\": \"2012-10-17\",\n"
      "  \"Statement\": [\n"
      "    {\"Sid\": \"List\", \"Effect\": \"Allow\", \"Action\": \"s3:ListBucket\",\n"
      "     \"Resource\": \"arn:aws:s3:::reports\"},\n"
      "    {\"Sid\": \"Read\", \"Effect\": \"Allow\", \"Action\": \"s3:Get*\",\n"
      "     \"Resource\": \"arn:aws:s3:::reports/*\"},\n"
      "    {\"Sid\": \"KeepReports\", \"Effect\": \"Deny\", \"Action\": \"s3:DeleteObject\",\n"
      "     \"Resource\": \"arn:aws:s3:::reports/*\"}\n"
      "  ]\n"
      "}\n";

// The same policy without the reads of objects.
inline const char* kListOnlyPolicy = "{\n"
                                     "  \"Version\": \"2012-10-17\",\n"
                                     "  \"Statement\": [\n"
                                     "    {\"Sid\": \"List\", \"Effect\": \"Allow\", \"Action\": \"s3:ListBucket\",\n"
                                     "     \"Resource\": \"arn:aws:s3:::reports\"}\n"
                                     "  ]\n"
                                     "}\n";

inline iam::SimulationDocument readOnlyDocument()
{
    iam::SimulationDocument document;
    iam::SimulationDocumentPolicy policy;
    policy.type = iam::PolicyType::Identity;
    policy.name = "ReportReader";
    policy.text = kReadOnlyPolicy;
    document.policies.push_back(policy);
    document.request.principal = "arn:aws:iam::111122223333:user/alice";
    document.request.action = "s3:GetObject";
    document.request.resource = kObject;
    return document;
}

// A batch view over its own session holding readOnlyDocument(), shown, its model watched by
// QAbstractItemModelTester so every test also checks the model keeps Qt's rules.
template <typename View>
struct ShownBatchView {
    std::unique_ptr<iam::ui::SimulationSession> session;
    std::unique_ptr<View> view;
    std::unique_ptr<QAbstractItemModelTester> tester;

    // False when the window never appeared.
    bool show(QSize size)
    {
        session = std::make_unique<iam::ui::SimulationSession>(&iam::Catalog::builtIn());
        session->setDocument(readOnlyDocument());
        view = std::make_unique<View>(*session);
        tester = std::make_unique<QAbstractItemModelTester>(
            view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view->resize(size);
        view->show();
        return QTest::qWaitForWindowExposed(view.get());
    }

    void close()
    {
        tester.reset();
        view.reset();
        session.reset();
    }
};

} // namespace batchtest
