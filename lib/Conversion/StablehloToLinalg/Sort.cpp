//===- Sort.cpp - stablehlo.sort ------------------------------------------===//
//
// Each 1-d slice along `dimension` is sorted in place by a bubble sort (scf.for loops carrying
// the tensors) that swaps neighbours only when the comparator says the right one is strictly
// less: the sort is stable, which satisfies `is_stable` either way. Quadratic in the slice
// length: meant for the short sorts of train steps, not for sorting large arrays.
//
//===----------------------------------------------------------------------===//
#include "Common.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace mlir::remat;
using namespace mlir::remat::stablehlo;

namespace {

class SortConversion : public StablehloOpPattern {
public:
  SortConversion(const TypeConverter &converter, MLIRContext *ctx)
      : StablehloOpPattern("stablehlo.sort", converter, ctx) {}

protected:
  static int64_t sortDimension(const AttrReader &reader, int64_t rank) {
    int64_t dim = *reader.i64Or("dimension", -1);
    return dim < 0 ? dim + rank : dim;
  }

  LogicalResult check(const AttrReader &reader) const override {
    Operation *op = reader.getOp();
    unsigned n = op->getNumOperands();
    if (n == 0 || op->getNumResults() != n || op->getNumRegions() != 1)
      return reader.fail("expected N inputs, N results and a comparator");
    auto type = cast<RankedTensorType>(op->getOperand(0).getType());
    for (unsigned i = 0; i < n; ++i)
      if (cast<RankedTensorType>(op->getOperand(i).getType()).getShape() != type.getShape() ||
          op->getOperand(i).getType() != op->getResult(i).getType())
        return reader.fail("inputs and results must have one shape and matching types");
    FailureOr<int64_t> dim = reader.i64Or("dimension", -1);
    if (failed(dim))
      return failure();
    if (*dim < -type.getRank() || *dim >= type.getRank())
      return reader.fail("dimension " + Twine(*dim) + " is outside the rank");
    if (failed(checkScalarBody(reader, op->getRegion(0), 2 * n, 1)))
      return failure();
    Block &comparator = op->getRegion(0).front();
    for (unsigned i = 0; i < 2 * n; ++i)
      if (elementTypeOf(comparator.getArgument(i)) != elementTypeOf(op->getOperand(i / 2)))
        return reader.fail("comparator arguments must be pairs of the inputs' element types");
    if (!elementTypeOf(comparator.back().getOperand(0)).isInteger(1))
      return reader.fail("the comparator must return a boolean");
    return success();
  }

  LogicalResult rewrite(Operation *op, const AttrReader &reader, ArrayRef<Value> operands,
                        ConversionPatternRewriter &rewriter) const override {
    auto type = cast<RankedTensorType>(operands[0].getType());
    int64_t rank = type.getRank();
    int64_t dim = sortDimension(reader, rank);
    int64_t length = type.getDimSize(dim);
    if (length <= 1 || type.getNumElements() == 0) {
      rewriter.replaceOp(op, operands);
      return success();
    }
    unsigned n = operands.size();
    Region &comparator = op->getRegion(0);
    Location loc = op->getLoc();
    auto index = [&](OpBuilder &b, Location l, int64_t v) { return createIndexConstant(b, l, v); };

    auto slices = scf::ForOp::create(
        rewriter, loc, index(rewriter, loc, 0),
        index(rewriter, loc, type.getNumElements() / length), index(rewriter, loc, 1), operands,
        [&](OpBuilder &b, Location l, Value slice, ValueRange tensors) {
          // Row-major coordinates of the slice over the other dimensions.
          SmallVector<Value> coords(rank);
          Value rest = slice;
          for (int64_t d = rank - 1; d >= 0; --d) {
            if (d == dim)
              continue;
            Value size = index(b, l, type.getDimSize(d));
            coords[d] = arith::RemUIOp::create(b, l, rest, size);
            rest = arith::DivUIOp::create(b, l, rest, size);
          }
          auto passes = scf::ForOp::create(
              b, l, index(b, l, 0), index(b, l, length - 1), index(b, l, 1), tensors,
              [&](OpBuilder &pb, Location pl, Value pass, ValueRange passTensors) {
                // After pass p the last p elements are in place.
                Value bound = arith::SubIOp::create(pb, pl, index(pb, pl, length - 1), pass);
                auto steps = scf::ForOp::create(
                    pb, pl, index(pb, pl, 0), bound, index(pb, pl, 1), passTensors,
                    [&](OpBuilder &sb, Location sl, Value j, ValueRange current) {
                      SmallVector<Value> at(coords), next(coords);
                      at[dim] = j;
                      next[dim] = arith::AddIOp::create(sb, sl, j, index(sb, sl, 1));
                      SmallVector<Value> left, right, args;
                      for (unsigned i = 0; i < n; ++i) {
                        left.push_back(tensor::ExtractOp::create(sb, sl, current[i], at));
                        right.push_back(tensor::ExtractOp::create(sb, sl, current[i], next));
                        args.push_back(right.back());
                        args.push_back(left.back());
                      }
                      Value swap = emitScalarBody(sb, sl, comparator, args)[0];
                      auto ifOp = scf::IfOp::create(
                          sb, sl, swap,
                          [&](OpBuilder &tb, Location tl) {
                            SmallVector<Value> swapped;
                            for (unsigned i = 0; i < n; ++i) {
                              Value t = tensor::InsertOp::create(tb, tl, right[i], current[i], at);
                              swapped.push_back(tensor::InsertOp::create(tb, tl, left[i], t, next));
                            }
                            scf::YieldOp::create(tb, tl, swapped);
                          },
                          [&](OpBuilder &eb, Location el) {
                            scf::YieldOp::create(eb, el, current);
                          });
                      scf::YieldOp::create(sb, sl, ifOp.getResults());
                    });
                scf::YieldOp::create(pb, pl, steps.getResults());
              });
          scf::YieldOp::create(b, l, passes.getResults());
        });
    rewriter.replaceOp(op, slices.getResults());
    return success();
  }
};

} // namespace

void mlir::remat::populateStablehloSortPatterns(const TypeConverter &converter,
                                                RewritePatternSet &patterns) {
  patterns.add<SortConversion>(converter, patterns.getContext());
}
