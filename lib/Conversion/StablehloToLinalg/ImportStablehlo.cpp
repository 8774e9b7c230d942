//===- ImportStablehlo.cpp - the remat-import-stablehlo pass --------------===//
//
// Three phases: (1) check every StableHLO op against its pattern without touching the IR, so
// that an unsupported op or attribute is reported once, where it is written; (2) on a copy of
// the module, turn composites into calls of their decompositions and inline calls between
// functions; (3) convert the copy with a full dialect conversion (which also rewrites
// signatures carrying unsigned types), and only then replace the module's body. A failure in
// any phase leaves the module as it was.
//
//===----------------------------------------------------------------------===//
#include "Common.h"

#include "Remat/Conversion/Passes.h"
#include "Remat/Conversion/StablehloToLinalg.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Func/Transforms/FuncConversions.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Transforms/DialectConversion.h"
#include "llvm/ADT/StringMap.h"

namespace mlir::remat {
#define GEN_PASS_DEF_REMATIMPORTSTABLEHLO
#include "Remat/Conversion/Passes.h.inc"
} // namespace mlir::remat

using namespace mlir;
using namespace mlir::remat;
using namespace mlir::remat::stablehlo;

StablehloTypeConverter::StablehloTypeConverter() {
  addConversion([](Type type) { return type; });
  addConversion([](IntegerType type) -> Type { return getStorageType(type); });
  addConversion([](RankedTensorType type) -> Type {
    return RankedTensorType::get(type.getShape(), getStorageType(type.getElementType()),
                                 type.getEncoding());
  });
}

void mlir::remat::populateStablehloToLinalgPatterns(const TypeConverter &converter,
                                                    RewritePatternSet &patterns) {
  populateStablehloElementwisePatterns(converter, patterns);
  populateStablehloConstantPatterns(converter, patterns);
  populateStablehloDataMovementPatterns(converter, patterns);
  populateStablehloDotPatterns(converter, patterns);
  populateStablehloConvolutionPatterns(converter, patterns);
  populateStablehloReducePatterns(converter, patterns);
  populateStablehloSelectAndScatterPatterns(converter, patterns);
  populateStablehloSortPatterns(converter, patterns);
  populateStablehloGatherScatterPatterns(converter, patterns);
  populateStablehloShardingPatterns(converter, patterns);
  populateStablehloControlFlowPatterns(converter, patterns);
}

/// Ops whose regions hold ordinary ops (converted in place) rather than scalar bodies read by
/// the parent's pattern.
static bool isControlFlowOp(Operation *op) {
  StringRef name = op->getName().getStringRef();
  return name == "stablehlo.while" || name == "stablehlo.if" || name == "stablehlo.case";
}

/// Whether `op` is a StableHLO op that its own pattern converts (rather than an op of a scalar
/// body, emitted by the parent's pattern).
static bool isConvertedOnItsOwn(Operation *op) {
  if (!isStablehloOp(op))
    return false;
  Operation *parent = op->getParentOp();
  return !parent || !isStablehloOp(parent) || isControlFlowOp(parent);
}

/// stablehlo.composite means a call of its `decomposition` function: checks that the function
/// exists with the op's types.
static LogicalResult checkComposite(Operation *op, SymbolTable &symbols) {
  auto callee = op->getAttrOfType<FlatSymbolRefAttr>("decomposition");
  if (!callee)
    return op->emitError() << "cannot convert 'stablehlo.composite': missing the "
                              "'decomposition' function";
  auto function = symbols.lookup<func::FuncOp>(callee.getValue());
  if (!function || function.isExternal())
    return op->emitError() << "cannot convert 'stablehlo.composite': decomposition " << callee
                           << " is not a function with a body in this module";
  FunctionType type = function.getFunctionType();
  if (!llvm::equal(type.getInputs(), op->getOperandTypes()) ||
      !llvm::equal(type.getResults(), op->getResultTypes()))
    return op->emitError() << "cannot convert 'stablehlo.composite': decomposition " << callee
                           << " has type " << type << ", not the op's";
  return success();
}

/// Replaces every stablehlo.composite by a call of its decomposition (inlined afterwards like
/// any call).
static void replaceCompositesWithCalls(ModuleOp module) {
  SmallVector<Operation *> composites;
  module.walk([&](Operation *op) {
    if (op->getName().getStringRef() == "stablehlo.composite")
      composites.push_back(op);
  });
  for (Operation *op : composites) {
    OpBuilder builder(op);
    auto call = func::CallOp::create(builder, op->getLoc(),
                                     op->getAttrOfType<FlatSymbolRefAttr>("decomposition"),
                                     op->getResultTypes(), op->getOperands());
    op->replaceAllUsesWith(call.getResults());
    op->erase();
  }
}

LogicalResult mlir::remat::checkStablehloModule(ModuleOp module) {
  MLIRContext *ctx = module.getContext();
  StablehloTypeConverter converter;
  RewritePatternSet patterns(ctx);
  populateStablehloToLinalgPatterns(converter, patterns);
  llvm::StringMap<const StablehloConversionPattern *> byName;
  for (const std::unique_ptr<RewritePattern> &pattern : patterns.getNativePatterns())
    if (std::optional<OperationName> root = pattern->getRootKind())
      byName[root->getStringRef()] = static_cast<const StablehloConversionPattern *>(pattern.get());

  SymbolTable symbols(module);
  bool ok = true;
  module.walk<WalkOrder::PreOrder>([&](Operation *op) {
    StringRef name = op->getName().getStringRef();
    if (!isStablehloOp(op)) {
      if (!op->isRegistered()) {
        op->emitError() << "unsupported op '" << name
                        << "': remat-import-stablehlo converts StableHLO ops only";
        ok = false;
      }
      return WalkResult::advance();
    }
    if (name == "stablehlo.composite") {
      if (failed(checkComposite(op, symbols)))
        ok = false;
      return WalkResult::skip();
    }
    auto it = byName.find(name);
    if (it == byName.end()) {
      StringRef dialect = op->getName().getDialectNamespace();
      op->emitError() << "unsupported "
                      << (dialect == "chlo"  ? "CHLO"
                          : dialect == "sdy" ? "Shardy"
                                             : "StableHLO")
                      << " op '" << name
                      << "': no conversion to linalg exists (docs/StablehloImport.md lists "
                         "the supported ops)";
      ok = false;
      return WalkResult::skip();
    }
    if (failed(it->second->checkConvertible(op)))
      ok = false;
    // Scalar bodies were checked with their op.
    return isControlFlowOp(op) ? WalkResult::advance() : WalkResult::skip();
  });
  return success(ok);
}

LogicalResult mlir::remat::convertStablehloModule(ModuleOp module) {
  MLIRContext *ctx = module.getContext();
  StablehloTypeConverter converter;
  RewritePatternSet patterns(ctx);
  populateStablehloToLinalgPatterns(converter, patterns);
  populateFunctionOpInterfaceTypeConversionPattern<func::FuncOp>(patterns, converter);
  populateCallOpTypeConversionPattern(patterns, converter);
  populateReturnOpTypeConversionPattern(patterns, converter);

  ConversionTarget target(*ctx);
  target.addLegalDialect<arith::ArithDialect, linalg::LinalgDialect, math::MathDialect,
                         scf::SCFDialect, tensor::TensorDialect>();
  target.addDynamicallyLegalOp<func::FuncOp>([&](func::FuncOp op) {
    return converter.isSignatureLegal(op.getFunctionType()) && converter.isLegal(&op.getBody());
  });
  target.addDynamicallyLegalOp<func::CallOp, func::ReturnOp>(
      [&](Operation *op) { return converter.isLegal(op); });
  target.markUnknownOpDynamicallyLegal([](Operation *op) { return !isConvertedOnItsOwn(op); });
  return applyFullConversion(module, target, std::move(patterns));
}

//===----------------------------------------------------------------------===//
// Inlining
//===----------------------------------------------------------------------===//

/// Replaces `call` by a copy of the single-block body of `callee`.
static void inlineCall(func::CallOp call, func::FuncOp callee) {
  Block &body = callee.getBody().front();
  IRMapping mapping;
  mapping.map(body.getArguments(), call.getOperands());
  OpBuilder builder(call);
  for (Operation &op : body.without_terminator())
    builder.clone(op, mapping);
  SmallVector<Value> results = llvm::map_to_vector(
      body.getTerminator()->getOperands(), [&](Value v) { return mapping.lookupOrDefault(v); });
  call.replaceAllUsesWith(results);
  call.erase();
}

LogicalResult mlir::remat::inlineModuleCalls(ModuleOp module) {
  SymbolTable symbols(module);
  auto inlinable = [&](func::CallOp call) -> func::FuncOp {
    auto callee = symbols.lookup<func::FuncOp>(call.getCallee());
    if (!callee || callee.isExternal() || !callee.getBody().hasOneBlock())
      return nullptr;
    return callee;
  };

  // Callees before callers, so that every inlined body is already free of calls.
  enum class State { Visiting, Done };
  DenseMap<Operation *, State> state;
  SmallVector<func::FuncOp> order;
  std::function<LogicalResult(func::FuncOp)> visit = [&](func::FuncOp func) -> LogicalResult {
    auto [it, inserted] = state.try_emplace(func, State::Visiting);
    if (!inserted)
      return success();
    WalkResult walk = func.walk([&](func::CallOp call) {
      func::FuncOp callee = inlinable(call);
      if (!callee)
        return WalkResult::advance();
      auto found = state.find(callee);
      if (found != state.end() && found->second == State::Visiting) {
        call.emitError() << "recursive call to @" << callee.getSymName()
                         << " cannot be inlined; use inline-calls=false";
        return WalkResult::interrupt();
      }
      return failed(visit(callee)) ? WalkResult::interrupt() : WalkResult::advance();
    });
    if (walk.wasInterrupted())
      return failure();
    state[func] = State::Done;
    order.push_back(func);
    return success();
  };
  for (auto func : module.getOps<func::FuncOp>())
    if (failed(visit(func)))
      return failure();

  for (func::FuncOp func : order) {
    SmallVector<func::CallOp> calls;
    func.walk([&](func::CallOp call) { calls.push_back(call); });
    for (func::CallOp call : calls)
      if (func::FuncOp callee = inlinable(call))
        inlineCall(call, callee);
  }

  // Private functions nobody refers to any more. SymbolTable's use queries give up on
  // unregistered ops with regions, so collect the references from every attribute directly.
  bool erased = true;
  while (erased) {
    erased = false;
    DenseSet<StringAttr> referenced;
    module.walk([&](Operation *op) {
      auto collect = [&](Attribute attr) {
        if (attr)
          attr.walk([&](SymbolRefAttr ref) { referenced.insert(ref.getRootReference()); });
      };
      collect(op->getAttrDictionary());
      collect(op->getPropertiesAsAttribute());
    });
    for (auto func : llvm::make_early_inc_range(module.getOps<func::FuncOp>())) {
      if (func.isPrivate() && !referenced.contains(func.getSymNameAttr())) {
        func.erase();
        erased = true;
      }
    }
  }
  return success();
}

//===----------------------------------------------------------------------===//
// The pass
//===----------------------------------------------------------------------===//

namespace {

struct ImportStablehloPass
    : public mlir::remat::impl::RematImportStablehloBase<ImportStablehloPass> {
  using RematImportStablehloBase::RematImportStablehloBase;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    if (failed(checkStablehloModule(module)))
      return signalPassFailure();
    OwningOpRef<ModuleOp> work(module.clone());
    replaceCompositesWithCalls(*work);
    if ((inlineCalls && failed(inlineModuleCalls(*work))) || failed(convertStablehloModule(*work)))
      return signalPassFailure();
    module.getBodyRegion().takeBody(work->getBodyRegion());
  }
};

} // namespace
