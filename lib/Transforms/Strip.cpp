//===- Strip.cpp - remove remat attributes --------------------------------===//
#include "Remat/Transforms/Passes.h"

namespace mlir::remat {
#define GEN_PASS_DEF_REMATSTRIP
#include "Remat/Transforms/Passes.h.inc"
} // namespace mlir::remat

using namespace mlir;

namespace {
struct RematStripPass : remat::impl::RematStripBase<RematStripPass> {
  void runOnOperation() override {
    getOperation()->walk([](Operation *op) {
      SmallVector<StringAttr> names;
      for (NamedAttribute attr : op->getDiscardableAttrs())
        if (attr.getName().strref().starts_with(remat::kAttrPrefix))
          names.push_back(attr.getName());
      for (StringAttr name : names)
        op->removeDiscardableAttr(name);
    });
  }
};
} // namespace
