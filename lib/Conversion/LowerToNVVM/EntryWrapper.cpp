//===- EntryWrapper.cpp - a fixed C entry point for the training step -----===//
//
// Adds, next to the training step @f (on memrefs, static shapes):
//
//   func.func @remat_entry(%args: !llvm.ptr, %results: !llvm.ptr)
//   llvm.mlir.global constant @remat_entry_signature("f(f32[64,128],...)->(f32[],...)")
//
// remat_entry reads one device address per argument from `args`, builds the dense row-major
// memref descriptors, calls @f and writes, per result i, the address to free at results[2*i]
// and the address of the first element at results[2*i+1]. Each result is a buffer of its own:
// one that is an argument or another result (a reshape, say) is copied first. A harness can
// then run any training step without knowing its arity at compile time. @f becomes private.
//
//===----------------------------------------------------------------------===//
#include "Remat/Conversion/LowerToNVVM.h"

#include "DeviceOps.h"

#include "mlir/Conversion/LLVMCommon/TypeConverter.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Target/LLVM/NVVM/Target.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/GPU/GPUToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/NVVM/NVVMToLLVMIRTranslation.h"

#include "llvm/Support/raw_ostream.h"

using namespace mlir;

namespace {

constexpr llvm::StringLiteral kEntryName = "remat_entry";
constexpr llvm::StringLiteral kSignatureName = "remat_entry_signature";

FailureOr<std::string> elementName(Type type) {
  if (type.isF16())
    return std::string("f16");
  if (type.isBF16())
    return std::string("bf16");
  if (type.isF32())
    return std::string("f32");
  if (type.isF64())
    return std::string("f64");
  if (auto integer = dyn_cast<IntegerType>(type)) {
    unsigned width = integer.getWidth();
    if (width != 1 && width != 8 && width != 16 && width != 32 && width != 64)
      return failure();
    return (integer.isUnsigned() ? "u" : "i") + std::to_string(width);
  }
  return failure();
}

/// "f32[64,128]" for a static, dense memref; failure (with a diagnostic) otherwise.
FailureOr<std::string> describe(func::FuncOp func, Type type, StringRef what, unsigned index) {
  auto memref = dyn_cast<MemRefType>(type);
  if (isa<TensorType>(type))
    return func.emitError() << what << " #" << index << " of @" << func.getSymName() << " has type "
                            << type << "; the GPU entry point is added after bufferization";
  if (!memref)
    return func.emitError() << what << " #" << index << " of @" << func.getSymName() << " has type "
                            << type << "; the GPU entry point only passes tensors";
  if (!memref.hasStaticShape() || !memref.getLayout().isIdentity())
    return func.emitError() << what << " #" << index << " of @" << func.getSymName() << " has type "
                            << type << "; the GPU entry point needs static shapes";
  FailureOr<std::string> element = elementName(memref.getElementType());
  if (failed(element))
    return func.emitError() << what << " #" << index << " of @" << func.getSymName()
                            << " has element type " << memref.getElementType()
                            << ", which the GPU entry point does not pass";
  std::string text = *element + "[";
  llvm::raw_string_ostream os(text);
  llvm::interleave(memref.getShape(), os, ",");
  os << "]";
  return text;
}

struct EntryWrapperPass : public PassWrapper<EntryWrapperPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(EntryWrapperPass)

  EntryWrapperPass() = default;
  EntryWrapperPass(const EntryWrapperPass &other) : PassWrapper(other) {}
  explicit EntryWrapperPass(std::string entryName) { entry = entryName; }

  StringRef getArgument() const final { return "remat-gpu-entry-wrapper"; }
  StringRef getDescription() const final {
    return "Add remat_entry(void **args, void **results) and remat_entry_signature for the "
           "training step";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<arith::ArithDialect, gpu::GPUDialect, LLVM::LLVMDialect, func::FuncDialect,
                    memref::MemRefDialect, scf::SCFDialect>();
    // The rest of the pipeline serializes kernels (gpu-module-to-binary) and embeds the cubin:
    // both translate to LLVM IR, which needs these interfaces in any tool that runs it.
    registerBuiltinDialectTranslation(registry);
    registerLLVMDialectTranslation(registry);
    registerGPUDialectTranslation(registry);
    registerNVVMDialectTranslation(registry);
    NVVM::registerNVVMTargetInterfaceExternalModels(registry);
  }

  Option<std::string> entry{*this, "entry",
                            llvm::cl::desc("The function to export (default: the only public "
                                           "function with a body)"),
                            llvm::cl::init("")};

  FailureOr<func::FuncOp> selectEntry() {
    ModuleOp module = getOperation();
    if (!entry.empty()) {
      auto func = module.lookupSymbol<func::FuncOp>(entry);
      if (!func || func.isExternal())
        return module.emitError() << "entry function @" << entry << " not found";
      return func;
    }
    SmallVector<func::FuncOp> candidates;
    for (auto func : module.getOps<func::FuncOp>())
      if (func.isPublic() && !func.isExternal())
        candidates.push_back(func);
    if (candidates.size() == 1)
      return candidates.front();
    InFlightDiagnostic diag = module.emitError() << "cannot choose the GPU entry function among "
                                                 << candidates.size() << " public functions";
    for (func::FuncOp func : candidates)
      diag << " @" << func.getSymName();
    diag << "; name it with entry=...";
    return failure();
  }

  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *ctx = &getContext();
    if (module.lookupSymbol(kEntryName) || module.lookupSymbol(kSignatureName)) {
      module.emitError() << "the module already defines @" << kEntryName << " or @"
                         << kSignatureName;
      return signalPassFailure();
    }
    FailureOr<func::FuncOp> selected = selectEntry();
    if (failed(selected))
      return signalPassFailure();
    func::FuncOp func = *selected;
    FunctionType type = func.getFunctionType();

    std::string signature = func.getSymName().str() + "(";
    for (auto [i, input] : llvm::enumerate(type.getInputs())) {
      FailureOr<std::string> text = describe(func, input, "argument", i);
      if (failed(text))
        return signalPassFailure();
      signature += (i ? "," : "") + *text;
    }
    signature += ")->(";
    for (auto [i, result] : llvm::enumerate(type.getResults())) {
      FailureOr<std::string> text = describe(func, result, "result", i);
      if (failed(text))
        return signalPassFailure();
      signature += (i ? "," : "") + *text;
    }
    signature += ")";

    LLVMTypeConverter converter(ctx);
    Location loc = func.getLoc();
    OpBuilder b(ctx);
    b.setInsertionPointToEnd(module.getBody());
    auto ptrType = LLVM::LLVMPointerType::get(ctx);
    auto i64Type = b.getI64Type();

    std::string text = signature;
    text.push_back('\0');
    auto textType = LLVM::LLVMArrayType::get(b.getI8Type(), text.size());
    LLVM::GlobalOp::create(b, loc, textType, /*isConstant=*/true, LLVM::Linkage::External,
                           kSignatureName, b.getStringAttr(text));

    auto wrapper =
        func::FuncOp::create(b, loc, kEntryName, b.getFunctionType({ptrType, ptrType}, {}));
    Block *body = wrapper.addEntryBlock();
    b.setInsertionPointToStart(body);
    Value args = body->getArgument(0), results = body->getArgument(1);

    SmallVector<Value> operands;
    for (auto [i, input] : llvm::enumerate(type.getInputs())) {
      auto memref = cast<MemRefType>(input);
      Type descriptorType = converter.convertType(memref);
      Value slot = LLVM::GEPOp::create(b, loc, ptrType, ptrType, args,
                                       ArrayRef<LLVM::GEPArg>{static_cast<int32_t>(i)});
      Value address = LLVM::LoadOp::create(b, loc, ptrType, slot);
      Value descriptor = LLVM::PoisonOp::create(b, loc, descriptorType);
      descriptor = LLVM::InsertValueOp::create(b, loc, descriptor, address, ArrayRef<int64_t>{0});
      descriptor = LLVM::InsertValueOp::create(b, loc, descriptor, address, ArrayRef<int64_t>{1});
      auto constant = [&](int64_t v) -> Value {
        return LLVM::ConstantOp::create(b, loc, i64Type, b.getI64IntegerAttr(v));
      };
      descriptor =
          LLVM::InsertValueOp::create(b, loc, descriptor, constant(0), ArrayRef<int64_t>{2});
      int64_t stride = 1;
      for (int64_t d = memref.getRank() - 1; d >= 0; --d) {
        descriptor = LLVM::InsertValueOp::create(b, loc, descriptor, constant(memref.getDimSize(d)),
                                                 ArrayRef<int64_t>{3, d});
        descriptor = LLVM::InsertValueOp::create(b, loc, descriptor, constant(stride),
                                                 ArrayRef<int64_t>{4, d});
        stride *= memref.getDimSize(d);
      }
      operands.push_back(
          UnrealizedConversionCastOp::create(b, loc, memref, descriptor).getResult(0));
    }

    auto call = func::CallOp::create(b, loc, func, operands);
    // remat_entry is the interface; the step itself gets internal linkage so that its name (JAX
    // calls it `main`) cannot collide with the program it is linked into.
    func.setPrivate();
    func->setAttr("llvm.linkage", LLVM::LinkageAttr::get(ctx, LLVM::linkage::Linkage::Internal));

    // Every result must be a buffer of its own that the caller frees: a result that is an
    // argument, or the same buffer as an earlier result, is copied into a fresh buffer.
    SmallVector<Value> seen(operands);
    SmallVector<Value> ownedResults;
    for (Value result : call.getResults()) {
      auto memref = cast<MemRefType>(result.getType());
      Value address = memref::ExtractAlignedPointerAsIndexOp::create(b, loc, result);
      Value aliased;
      for (Value other : seen) {
        Value otherAddress = memref::ExtractAlignedPointerAsIndexOp::create(b, loc, other);
        Value same = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, address, otherAddress);
        aliased = aliased ? arith::OrIOp::create(b, loc, aliased, same).getResult() : same;
      }
      if (aliased) {
        auto ifOp = scf::IfOp::create(b, loc, TypeRange{memref}, aliased, /*withElse=*/true);
        OpBuilder thenBuilder = ifOp.getThenBodyBuilder();
        Value copy = remat::allocateOnDevice(thenBuilder, loc, memref);
        remat::copyOnDevice(thenBuilder, loc, copy, result);
        scf::YieldOp::create(thenBuilder, loc, copy);
        OpBuilder elseBuilder = ifOp.getElseBodyBuilder();
        scf::YieldOp::create(elseBuilder, loc, result);
        result = ifOp.getResult(0);
      }
      seen.push_back(result);
      ownedResults.push_back(result);
    }

    for (auto [i, result] : llvm::enumerate(ownedResults)) {
      auto memref = cast<MemRefType>(result.getType());
      Type descriptorType = converter.convertType(memref);
      Value descriptor =
          UnrealizedConversionCastOp::create(b, loc, descriptorType, result).getResult(0);
      Value allocated = LLVM::ExtractValueOp::create(b, loc, descriptor, ArrayRef<int64_t>{0});
      Value aligned = LLVM::ExtractValueOp::create(b, loc, descriptor, ArrayRef<int64_t>{1});
      Value offset = LLVM::ExtractValueOp::create(b, loc, descriptor, ArrayRef<int64_t>{2});
      Type elementType = converter.convertType(memref.getElementType());
      Value data = LLVM::GEPOp::create(b, loc, ptrType, elementType, aligned,
                                       ArrayRef<LLVM::GEPArg>{offset});
      Value freeSlot = LLVM::GEPOp::create(b, loc, ptrType, ptrType, results,
                                           ArrayRef<LLVM::GEPArg>{static_cast<int32_t>(2 * i)});
      Value dataSlot = LLVM::GEPOp::create(b, loc, ptrType, ptrType, results,
                                           ArrayRef<LLVM::GEPArg>{static_cast<int32_t>(2 * i + 1)});
      LLVM::StoreOp::create(b, loc, allocated, freeSlot);
      LLVM::StoreOp::create(b, loc, data, dataSlot);
    }
    func::ReturnOp::create(b, loc);
  }
};

} // namespace

std::unique_ptr<Pass> mlir::remat::createEntryWrapperPass(std::string entry) {
  return std::make_unique<EntryWrapperPass>(std::move(entry));
}
