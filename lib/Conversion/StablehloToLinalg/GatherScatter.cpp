//===- GatherScatter.cpp - stablehlo.gather and stablehlo.scatter ---------===//
//
// gather: one linalg.generic over the result; each element computes its operand index from
// the start indices (read with tensor.extract, clamped as specified) and reads the operand.
// scatter: updates are applied one after the other in row-major order of the update index (an
// scf.for over the updates carrying the results), which makes repeated indices accumulate in
// the order XLA uses; an update window whose start lies outside the operand is skipped, as XLA
// does.
//
//===----------------------------------------------------------------------===//
#include "Common.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace mlir::remat;
using namespace mlir::remat::stablehlo;

namespace {

RankedTensorType tensorTypeOf(Value value) { return cast<RankedTensorType>(value.getType()); }

/// An integer element of an index tensor as an `index` (sign- or zero-extended by its type).
Value readIndex(OpBuilder &b, Location loc, Value indices, Type elementType,
                ValueRange coordinates) {
  Value value = tensor::ExtractOp::create(b, loc, indices, coordinates);
  if (*getElementKind(elementType) == ElementKind::Signed)
    return arith::IndexCastOp::create(b, loc, b.getIndexType(), value);
  return arith::IndexCastUIOp::create(b, loc, b.getIndexType(), value);
}

/// The start index vector for one batch position: component `component` of
/// indices[batch..., :, ...batch] with ':' at `indexVectorDim`.
Value readStartComponent(OpBuilder &b, Location loc, Value indices, Type elementType,
                         int64_t indexVectorDim, ArrayRef<Value> batchIndex, int64_t component) {
  int64_t rank = tensorTypeOf(indices).getRank();
  SmallVector<Value> coordinates;
  size_t next = 0;
  for (int64_t d = 0; d < rank; ++d) {
    if (d == indexVectorDim)
      coordinates.push_back(createIndexConstant(b, loc, component));
    else
      coordinates.push_back(batchIndex[next++]);
  }
  return readIndex(b, loc, indices, elementType, coordinates);
}

/// Checks shared by gather and scatter on the index tensor.
LogicalResult checkIndexTensor(const AttrReader &reader, Value indices, int64_t indexVectorDim,
                               size_t numComponents, ArrayRef<int64_t> batchingDims) {
  RankedTensorType type = tensorTypeOf(indices);
  ElementKind kind = *getElementKind(type.getElementType());
  if (kind == ElementKind::Float || kind == ElementKind::Bool)
    return reader.fail("indices must be integers");
  if (indexVectorDim < 0 || indexVectorDim > type.getRank())
    return reader.fail("index_vector_dim is out of range");
  size_t expected = indexVectorDim < type.getRank() ? type.getDimSize(indexVectorDim) : 1;
  if (numComponents != expected)
    return reader.fail("the index vector has " + Twine(expected) + " components but " +
                       Twine(numComponents) + " operand dimensions are mapped");
  if (llvm::is_contained(batchingDims, indexVectorDim))
    return reader.fail("index_vector_dim cannot be a batching dimension");
  return checkDimensionList(reader, "index batching dimensions", batchingDims, type.getRank());
}

//===----------------------------------------------------------------------===//
// gather
//===----------------------------------------------------------------------===//

class GatherConversion : public StablehloOpPattern {
public:
  GatherConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.gather", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    Operation *op = reader.getOp();
    if (op->getNumOperands() != 2 || op->getNumResults() != 1)
      return reader.fail("expected operand, start indices and one result");
    FailureOr<GatherDimensionNumbers> dims = reader.gatherDimensionNumbers("dimension_numbers");
    if (failed(dims))
      return failure();
    RankedTensorType operand = tensorTypeOf(op->getOperand(0));
    RankedTensorType indices = tensorTypeOf(op->getOperand(1));
    RankedTensorType result = tensorTypeOf(op->getResult(0));
    FailureOr<SmallVector<int64_t>> sizes =
        reader.i64ArrayOfSize("slice_sizes", operand.getRank(), std::nullopt);
    if (failed(sizes))
      return failure();
    if (failed(checkIndexTensor(reader, op->getOperand(1), dims->indexVectorDim,
                                dims->startIndexMap.size(), dims->startIndicesBatchingDims)))
      return failure();
    SmallVector<int64_t> collapsed(dims->collapsedSliceDims);
    llvm::append_range(collapsed, dims->operandBatchingDims);
    SmallVector<int64_t> mapped(dims->startIndexMap);
    llvm::append_range(mapped, dims->operandBatchingDims);
    if (failed(checkDimensionList(reader, "collapsed and batching dimensions", collapsed,
                                  operand.getRank())) ||
        failed(checkDimensionList(reader, "start_index_map and batching dimensions", mapped,
                                  operand.getRank())) ||
        failed(checkDimensionList(reader, "offset_dims", dims->offsetDims, result.getRank())))
      return failure();
    if (dims->operandBatchingDims.size() != dims->startIndicesBatchingDims.size())
      return reader.fail("operand and index batching dimensions differ in number");
    if (operand.getRank() != static_cast<int64_t>(dims->offsetDims.size() + collapsed.size()))
      return reader.fail("offset, collapsed and batching dimensions must cover the operand");
    for (int64_t d = 0; d < operand.getRank(); ++d) {
      int64_t size = (*sizes)[d];
      if (size < 0 || size > operand.getDimSize(d) ||
          (llvm::is_contained(collapsed, d) && size > 1))
        return reader.fail("invalid slice size in dimension " + Twine(d));
    }
    // Result shape: batch dims (index shape without index_vector_dim) and offset dims.
    SmallVector<int64_t> batchSizes, offsetSizes;
    for (int64_t d = 0; d < indices.getRank(); ++d)
      if (d != dims->indexVectorDim)
        batchSizes.push_back(indices.getDimSize(d));
    for (int64_t d = 0; d < operand.getRank(); ++d)
      if (!llvm::is_contained(collapsed, d))
        offsetSizes.push_back((*sizes)[d]);
    if (result.getRank() != static_cast<int64_t>(batchSizes.size() + offsetSizes.size()))
      return reader.fail("the result rank does not match the batch and offset dimensions");
    size_t nextBatch = 0, nextOffset = 0;
    for (int64_t d = 0; d < result.getRank(); ++d) {
      int64_t expected = llvm::is_contained(dims->offsetDims, d) ? offsetSizes[nextOffset++]
                                                                 : batchSizes[nextBatch++];
      if (result.getDimSize(d) != expected)
        return reader.fail("result dimension " + Twine(d) + " should have size " + Twine(expected));
    }
    if (operand.getElementType() != result.getElementType())
      return reader.fail("operand and result element types differ");
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &reader, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    GatherDimensionNumbers dims = *reader.gatherDimensionNumbers("dimension_numbers");
    RankedTensorType operandType = tensorTypeOf(op->getOperand(0));
    int64_t operandRank = operandType.getRank();
    SmallVector<int64_t> sizes = *reader.i64Array("slice_sizes");
    Type indexElement = elementTypeOf(op->getOperand(1));
    auto resultType = getStorageTensorType(op->getResult(0).getType());
    int64_t resultRank = resultType.getRank();
    Location loc = op->getLoc();
    Value operand = operands[0], indices = operands[1];

    Value result = buildElementwise(
        rewriter, loc, resultType, ValueRange{}, [&](OpBuilder &b, Location l, ValueRange) {
          SmallVector<Value> batchIndex, offsetIndex;
          for (int64_t d = 0; d < resultRank; ++d) {
            Value index = linalg::IndexOp::create(b, l, d);
            (llvm::is_contained(dims.offsetDims, d) ? offsetIndex : batchIndex).push_back(index);
          }
          SmallVector<Value> operandIndex(operandRank, createIndexConstant(b, l, 0));
          for (auto [component, operandDim] : llvm::enumerate(dims.startIndexMap)) {
            Value start = readStartComponent(b, l, indices, indexElement, dims.indexVectorDim,
                                             batchIndex, component);
            Value maxStart =
                createIndexConstant(b, l, operandType.getDimSize(operandDim) - sizes[operandDim]);
            start = arith::MaxSIOp::create(b, l, start, createIndexConstant(b, l, 0));
            start = arith::MinSIOp::create(b, l, start, maxStart);
            operandIndex[operandDim] = start;
          }
          for (auto [operandDim, indexDim] :
               llvm::zip(dims.operandBatchingDims, dims.startIndicesBatchingDims))
            operandIndex[operandDim] =
                batchIndex[indexDim - (indexDim < dims.indexVectorDim ? 0 : 1)];
          size_t nextOffset = 0;
          for (int64_t d = 0; d < operandRank; ++d) {
            if (llvm::is_contained(dims.collapsedSliceDims, d) ||
                llvm::is_contained(dims.operandBatchingDims, d))
              continue;
            operandIndex[d] =
                arith::AddIOp::create(b, l, operandIndex[d], offsetIndex[nextOffset++]);
          }
          return tensor::ExtractOp::create(b, l, operand, operandIndex).getResult();
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// scatter
//===----------------------------------------------------------------------===//

class ScatterConversion : public StablehloOpPattern {
public:
  ScatterConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.scatter", converter, ctx) {}

protected:
  LogicalResult check(const AttrReader &reader) const override {
    Operation *op = reader.getOp();
    unsigned n = op->getNumResults();
    if (n == 0 || op->getNumOperands() != 2 * n + 1 || op->getNumRegions() != 1)
      return reader.fail("expected N inputs, the indices, N updates, N results and a body");
    FailureOr<ScatterDimensionNumbers> dims =
        reader.scatterDimensionNumbers("scatter_dimension_numbers");
    if (failed(dims))
      return failure();
    RankedTensorType input = tensorTypeOf(op->getOperand(0));
    RankedTensorType updates = tensorTypeOf(op->getOperand(n + 1));
    for (unsigned i = 0; i < n; ++i) {
      if (tensorTypeOf(op->getOperand(i)).getShape() != input.getShape() ||
          op->getResult(i).getType() != op->getOperand(i).getType())
        return reader.fail("inputs and results must have one shape and matching types");
      if (tensorTypeOf(op->getOperand(n + 1 + i)).getShape() != updates.getShape())
        return reader.fail("updates must have one shape");
    }
    if (failed(checkIndexTensor(reader, op->getOperand(n), dims->indexVectorDim,
                                dims->scatterDimsToOperandDims.size(),
                                dims->scatterIndicesBatchingDims)))
      return failure();
    SmallVector<int64_t> inserted(dims->insertedWindowDims);
    llvm::append_range(inserted, dims->inputBatchingDims);
    SmallVector<int64_t> mapped(dims->scatterDimsToOperandDims);
    llvm::append_range(mapped, dims->inputBatchingDims);
    if (failed(checkDimensionList(reader, "inserted and batching dimensions", inserted,
                                  input.getRank())) ||
        failed(checkDimensionList(reader,
                                  "scatter_dims_to_operand_dims and batching "
                                  "dimensions",
                                  mapped, input.getRank())) ||
        failed(checkDimensionList(reader, "update_window_dims", dims->updateWindowDims,
                                  updates.getRank())))
      return failure();
    if (dims->inputBatchingDims.size() != dims->scatterIndicesBatchingDims.size())
      return reader.fail("input and index batching dimensions differ in number");
    if (input.getRank() != static_cast<int64_t>(dims->updateWindowDims.size() + inserted.size()))
      return reader.fail("window, inserted and batching dimensions must cover the input");
    RankedTensorType indices = tensorTypeOf(op->getOperand(n));
    if (updates.getRank() != static_cast<int64_t>(dims->updateWindowDims.size()) +
                                 indices.getRank() -
                                 (dims->indexVectorDim < indices.getRank() ? 1 : 0))
      return reader.fail("the update rank does not match the indices and window");
    if (failed(checkScalarBody(reader, op->getRegion(0), 2 * n, n)))
      return failure();
    Block &body = op->getRegion(0).front();
    for (unsigned i = 0; i < n; ++i)
      if (elementTypeOf(body.getArgument(i)) != elementTypeOf(op->getResult(i)) ||
          elementTypeOf(body.getTerminator()->getOperand(i)) != elementTypeOf(op->getResult(i)))
        return reader.fail("the body must combine and return the results' element types");
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &reader, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    ScatterDimensionNumbers dims = *reader.scatterDimensionNumbers("scatter_dimension_numbers");
    unsigned n = op->getNumResults();
    Location loc = op->getLoc();
    RankedTensorType inputType = tensorTypeOf(op->getOperand(0));
    RankedTensorType updatesType = tensorTypeOf(op->getOperand(n + 1));
    int64_t inputRank = inputType.getRank(), updateRank = updatesType.getRank();
    Type indexElement = elementTypeOf(op->getOperand(n));
    Value indices = operands[n];
    SmallVector<Value> inputs(operands.take_front(n));
    SmallVector<Value> updates(operands.drop_front(n + 1));
    Region &body = op->getRegion(0);
    Block &bodyBlock = body.front();

    int64_t numUpdates = updatesType.getNumElements();
    if (numUpdates == 0) {
      rewriter.replaceOp(op, inputs);
      return success();
    }
    // Size of the update window along each input dimension (1 where inserted).
    SmallVector<int64_t> windowSize(inputRank, 1);
    {
      size_t next = 0;
      for (int64_t d = 0; d < inputRank; ++d)
        if (!llvm::is_contained(dims.insertedWindowDims, d) &&
            !llvm::is_contained(dims.inputBatchingDims, d))
          windowSize[d] = updatesType.getDimSize(dims.updateWindowDims[next++]);
    }

    Value zero = createIndexConstant(rewriter, loc, 0);
    Value one = createIndexConstant(rewriter, loc, 1);
    Value count = createIndexConstant(rewriter, loc, numUpdates);
    auto loop = scf::ForOp::create(
        rewriter, loc, zero, count, one, inputs,
        [&](OpBuilder &b, Location l, Value linear, ValueRange results) {
          // Row-major update index.
          SmallVector<Value> updateIndex(updateRank);
          Value rest = linear;
          for (int64_t d = updateRank - 1; d >= 0; --d) {
            Value size = createIndexConstant(b, l, updatesType.getDimSize(d));
            updateIndex[d] = arith::RemUIOp::create(b, l, rest, size);
            rest = arith::DivUIOp::create(b, l, rest, size);
          }
          SmallVector<Value> scatterIndex, windowIndex;
          for (int64_t d = 0; d < updateRank; ++d)
            (llvm::is_contained(dims.updateWindowDims, d) ? windowIndex : scatterIndex)
                .push_back(updateIndex[d]);

          SmallVector<Value> start(inputRank, createIndexConstant(b, l, 0));
          for (auto [component, inputDim] : llvm::enumerate(dims.scatterDimsToOperandDims))
            start[inputDim] = readStartComponent(b, l, indices, indexElement, dims.indexVectorDim,
                                                 scatterIndex, component);
          for (auto [inputDim, indexDim] :
               llvm::zip(dims.inputBatchingDims, dims.scatterIndicesBatchingDims))
            start[inputDim] = scatterIndex[indexDim - (indexDim < dims.indexVectorDim ? 0 : 1)];

          // The window must lie inside the input, else the update is skipped.
          Value valid = createIntConstant(b, l, b.getI1Type(), 1);
          SmallVector<Value> resultIndex;
          size_t nextWindow = 0;
          for (int64_t d = 0; d < inputRank; ++d) {
            Value lowOk = arith::CmpIOp::create(b, l, arith::CmpIPredicate::sge, start[d],
                                                createIndexConstant(b, l, 0));
            Value highOk = arith::CmpIOp::create(
                b, l, arith::CmpIPredicate::sle, start[d],
                createIndexConstant(b, l, inputType.getDimSize(d) - windowSize[d]));
            valid = arith::AndIOp::create(b, l, valid, arith::AndIOp::create(b, l, lowOk, highOk));
            Value index = start[d];
            if (!llvm::is_contained(dims.insertedWindowDims, d) &&
                !llvm::is_contained(dims.inputBatchingDims, d))
              index = arith::AddIOp::create(b, l, index, windowIndex[nextWindow++]);
            resultIndex.push_back(index);
          }
          auto ifOp = scf::IfOp::create(
              b, l, valid,
              [&](OpBuilder &thenBuilder, Location tl) {
                SmallVector<Value> args;
                for (unsigned i = 0; i < n; ++i)
                  args.push_back(
                      tensor::ExtractOp::create(thenBuilder, tl, results[i], resultIndex));
                for (unsigned i = 0; i < n; ++i) {
                  Value update =
                      tensor::ExtractOp::create(thenBuilder, tl, updates[i], updateIndex);
                  args.push_back(convertScalar(thenBuilder, tl, update,
                                               elementTypeOf(op->getOperand(n + 1 + i)),
                                               elementTypeOf(bodyBlock.getArgument(n + i))));
                }
                SmallVector<Value> combined = emitScalarBody(thenBuilder, tl, body, args);
                SmallVector<Value> updated;
                for (unsigned i = 0; i < n; ++i)
                  updated.push_back(tensor::InsertOp::create(thenBuilder, tl, combined[i],
                                                             results[i], resultIndex));
                scf::YieldOp::create(thenBuilder, tl, updated);
              },
              [&](OpBuilder &elseBuilder, Location el) {
                scf::YieldOp::create(elseBuilder, el, results);
              });
          scf::YieldOp::create(b, l, ifOp.getResults());
        });
    rewriter.replaceOp(op, loop.getResults());
    return success();
  }
};

} // namespace

void mlir::remat::populateStablehloGatherScatterPatterns(const TypeConverter &converter,
                                                         RewritePatternSet &patterns) {
  patterns.add<GatherConversion, ScatterConversion>(converter, patterns.getContext());
}
