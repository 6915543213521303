#include <map>
#include <string>

#include <QTest>

#include "core/catalog/Catalog.h"
#include "core/lint/Linter.h"
#include "core/managed/ManagedPolicyLibrary.h"

using namespace iam;

// AWS's own managed policies are policies AWS accepted: the linter must find no error in any of
// them, or it would teach users that working policies are broken.
class tst_LintManagedPolicies : public QObject {
    Q_OBJECT

private slots:
    void everyManagedPolicyLintsWithoutErrors()
    {
        const ManagedPolicyLibrary& library = ManagedPolicyLibrary::builtIn();
        QVERIFY(library.policies().size() > 1000);
        std::map<std::string, int> counts;
        std::string failures;
        for (const ManagedPolicy& policy : library.policies()) {
            const ManagedPolicyDocument document = library.document(policy);
            QVERIFY2(document.ok(), std::string(policy.name).c_str());
            for (const auto& diagnostic : lint(document.text, PolicyKind::Identity, &Catalog::builtIn())) {
                ++counts[diagnostic.code];
                // The 6,144-character quota binds customer managed policies; AWS's own are larger.
                if (diagnostic.isError() && diagnostic.code != "POLICY_SIZE_EXCEEDS_QUOTA")
                    failures
                        += "\n  " + std::string(policy.name) + ": " + diagnostic.message + " [" + diagnostic.code + "]";
            }
        }
        QVERIFY2(failures.empty(), failures.c_str());
        // The noisiest checks, for docs/lint.md's table (shown with -v1 or on failure).
        for (const auto& [code, count] : counts)
            qInfo("%6d %s", count, code.c_str());
    }
};

QTEST_APPLESS_MAIN(tst_LintManagedPolicies)
#include "tst_LintManagedPolicies.moc"
