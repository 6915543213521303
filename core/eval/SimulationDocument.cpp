#include "core/eval/SimulationDocument.h"

#include <map>
#include <utility>

#include "core/policy/PolicyParser.h"

namespace iam {

std::optional<std::size_t> SimulationBuild::documentIndex(const StatementRef& ref) const
{
    const int level = (ref.type == PolicyType::Scp || ref.type == PolicyType::Rcp) ? ref.level : -1;
    for (const Slot& slot : placements) {
        if (slot.type == ref.type && slot.level == level && slot.index == ref.policyIndex)
            return slot.documentIndex;
    }
    return std::nullopt;
}

SimulationBuild buildSimulation(const SimulationDocument& document)
{
    SimulationBuild build;
    Simulation simulation;
    simulation.request = document.request;
    // Levels are numbered by the author (0 = root); the engine wants them dense and in order, so an
    // organization whose OU level holds nothing switched on simply has one level fewer.
    std::map<int, std::vector<SimulationPolicy>> scpLevels;
    std::map<int, std::vector<SimulationPolicy>> rcpLevels;
    std::map<int, std::vector<std::size_t>> scpIndices;
    std::map<int, std::vector<std::size_t>> rcpIndices;
    bool readable = true;

    for (std::size_t i = 0; i < document.policies.size(); ++i) {
        const SimulationDocumentPolicy& entry = document.policies[i];
        if (!entry.enabled)
            continue;
        PolicyParseResult parsed = parsePolicy(entry.text);
        bool hasError = false;
        for (Diagnostic& diagnostic : parsed.diagnostics) {
            hasError = hasError || diagnostic.severity == Severity::Error;
            build.problems.push_back({ i, std::move(diagnostic) });
        }
        if (!parsed.policy || hasError) {
            readable = false;
            continue;
        }
        SimulationPolicy policy { entry.name, std::move(*parsed.policy), "/policies/" + std::to_string(i) };
        switch (entry.type) {
        case PolicyType::Identity:
            build.placements.push_back({ entry.type, -1, simulation.identity.size(), i });
            simulation.identity.push_back(std::move(policy));
            break;
        case PolicyType::Resource:
            // AWS attaches one resource-based policy to a resource; a second one switched on replaces
            // nothing silently: the first wins and the page warns (see SimulationSession).
            if (!simulation.resource) {
                build.placements.push_back({ entry.type, -1, 0, i });
                simulation.resource = std::move(policy);
            }
            break;
        case PolicyType::PermissionBoundary:
            if (!simulation.permissionBoundary)
                simulation.permissionBoundary.emplace();
            build.placements.push_back({ entry.type, -1, simulation.permissionBoundary->size(), i });
            simulation.permissionBoundary->push_back(std::move(policy));
            break;
        case PolicyType::Session:
            if (!simulation.session)
                simulation.session.emplace();
            build.placements.push_back({ entry.type, -1, simulation.session->size(), i });
            simulation.session->push_back(std::move(policy));
            break;
        case PolicyType::Scp:
            scpLevels[entry.level].push_back(std::move(policy));
            scpIndices[entry.level].push_back(i);
            break;
        case PolicyType::Rcp:
            rcpLevels[entry.level].push_back(std::move(policy));
            rcpIndices[entry.level].push_back(i);
            break;
        }
    }

    auto addLevels = [&build](PolicyType type, std::map<int, std::vector<SimulationPolicy>>& levels,
                         const std::map<int, std::vector<std::size_t>>& indices,
                         std::optional<std::vector<std::vector<SimulationPolicy>>>& target) {
        if (levels.empty())
            return;
        target.emplace();
        for (auto& [level, policies] : levels) {
            const int dense = static_cast<int>(target->size());
            const std::vector<std::size_t>& documentIndices = indices.at(level);
            for (std::size_t k = 0; k < documentIndices.size(); ++k)
                build.placements.push_back({ type, dense, k, documentIndices[k] });
            target->push_back(std::move(policies));
        }
    };
    addLevels(PolicyType::Scp, scpLevels, scpIndices, simulation.scp);
    addLevels(PolicyType::Rcp, rcpLevels, rcpIndices, simulation.rcp);

    if (readable)
        build.simulation = std::move(simulation);
    return build;
}

Simulation withRequest(Simulation simulation, Request request)
{
    simulation.request = std::move(request);
    return simulation;
}

} // namespace iam
