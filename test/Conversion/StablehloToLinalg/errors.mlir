// RUN: remat-opt --allow-unregistered-dialect --remat-import-stablehlo -split-input-file -verify-diagnostics %s
// RUN: not remat-opt --allow-unregistered-dialect --remat-import-stablehlo %S/Inputs/unsupported.mlir 2>&1 | FileCheck %s --check-prefix=EXIT
// RUN: not remat-opt --allow-unregistered-dialect --remat-import-stablehlo --mlir-print-ir-after-failure %S/Inputs/unsupported.mlir 2>&1 | FileCheck %s --check-prefix=UNTOUCHED

// The pass fails with a non-zero exit status and names the op.
// EXIT: error: unsupported StableHLO op 'stablehlo.fft'

// On failure the module is left as it was: nothing is converted, calls are not inlined.
// UNTOUCHED: IR Dump After RematImportStablehlo Failed
// UNTOUCHED: "stablehlo.add"
// UNTOUCHED: call @negated
// UNTOUCHED-NOT: linalg

func.func @unsupported(%x: tensor<2x2xf32>) -> tensor<2x2xf32> {
  // expected-error @+1 {{unsupported StableHLO op 'stablehlo.cholesky': no conversion to linalg exists (docs/StablehloImport.md lists the supported ops)}}
  %0 = "stablehlo.cholesky"(%x) <{lower = true}> : (tensor<2x2xf32>) -> tensor<2x2xf32>
  "func.return"(%0) : (tensor<2x2xf32>) -> ()
}

// -----

func.func @custom_call(%x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{cannot convert 'stablehlo.custom_call': unsupported custom call target 'foo'; only the sharding and memory-space annotations (Sharding, SPMDFullToShardShape, SPMDShardToFullShape, MoveToHost, MoveToDevice) are converted, as identities}}
  %0 = "stablehlo.custom_call"(%x) <{call_target_name = "foo"}> : (tensor<2xf32>) -> tensor<2xf32>
  "func.return"(%0) : (tensor<2xf32>) -> ()
}

// -----

func.func @shardy(%x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{unsupported Shardy op 'sdy.all_gather'}}
  %0 = "sdy.all_gather"(%x) : (tensor<2xf32>) -> tensor<2xf32>
  "func.return"(%0) : (tensor<2xf32>) -> ()
}

// -----

func.func @other_dialect(%x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{unsupported op 'mhlo.erf': remat-import-stablehlo converts StableHLO ops only}}
  %0 = "mhlo.erf"(%x) : (tensor<2xf32>) -> tensor<2xf32>
  "func.return"(%0) : (tensor<2xf32>) -> ()
}

// -----

func.func @chlo_without_conversion(%x: tensor<4xf32>) -> (tensor<2xf32>, tensor<2xi32>) {
  // expected-error @+1 {{unsupported CHLO op 'chlo.top_k': no conversion to linalg exists}}
  %0:2 = "chlo.top_k"(%x) <{k = 2 : i64}> : (tensor<4xf32>) -> (tensor<2xf32>, tensor<2xi32>)
  "func.return"(%0#0, %0#1) : (tensor<2xf32>, tensor<2xi32>) -> ()
}

// -----

func.func @composite_missing(%x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{cannot convert 'stablehlo.composite': decomposition @nowhere is not a function with a body in this module}}
  %0 = "stablehlo.composite"(%x) <{decomposition = @nowhere, name = "test.op"}> : (tensor<2xf32>) -> tensor<2xf32>
  "func.return"(%0) : (tensor<2xf32>) -> ()
}

// -----

func.func @composite_types(%x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{cannot convert 'stablehlo.composite': decomposition @impl has type '(tensor<3xf32>) -> tensor<3xf32>', not the op's}}
  %0 = "stablehlo.composite"(%x) <{decomposition = @impl, name = "test.op"}> : (tensor<2xf32>) -> tensor<2xf32>
  "func.return"(%0) : (tensor<2xf32>) -> ()
}
func.func private @impl(%x: tensor<3xf32>) -> tensor<3xf32> {
  "func.return"(%x) : (tensor<3xf32>) -> ()
}

// -----

func.func @op_in_body(%x: tensor<4xf32>, %i: tensor<f32>) -> tensor<f32> {
  %0 = "stablehlo.reduce"(%x, %i) <{dimensions = array<i64: 0>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    // expected-error @+1 {{unsupported StableHLO op 'stablehlo.dot' in the body of 'stablehlo.reduce': bodies may only use elementwise ops and constants}}
    %s = "stablehlo.dot"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%s) : (tensor<f32>) -> ()
  }) : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
  "func.return"(%0) : (tensor<f32>) -> ()
}

// -----

func.func @dynamic_shape(%x: tensor<?xf32>) -> tensor<?xf32> {
  // expected-error @+1 {{cannot convert 'stablehlo.exponential': operand #0 has type tensor<?xf32>; dynamic shapes are not supported}}
  %0 = "stablehlo.exponential"(%x) : (tensor<?xf32>) -> tensor<?xf32>
  "func.return"(%0) : (tensor<?xf32>) -> ()
}

// -----

func.func @complex(%x: tensor<2xcomplex<f32>>) -> tensor<2xcomplex<f32>> {
  // expected-error @+1 {{cannot convert 'stablehlo.negate': operand #0 has type tensor<2xcomplex<f32>>; only boolean, integer and floating-point elements are supported}}
  %0 = "stablehlo.negate"(%x) : (tensor<2xcomplex<f32>>) -> tensor<2xcomplex<f32>>
  "func.return"(%0) : (tensor<2xcomplex<f32>>) -> ()
}

// -----

func.func @dot_field_typo(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{cannot convert 'stablehlo.dot_general': cannot read 'dot_dimension_numbers': unknown field 'rhs_contracting_dimension' at column 39 of 'dot<lhs_contracting_dimensions = [1], rhs_contracting_dimension = [0]>'}}
  %0 = "stablehlo.dot_general"(%a, %b) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimension = [0]>}> : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  "func.return"(%0) : (tensor<2x4xf32>) -> ()
}

// -----

func.func @dot_not_opaque(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{cannot convert 'stablehlo.dot_general': attribute 'dot_dimension_numbers' should be a #stablehlo attribute, found 5 : i64}}
  %0 = "stablehlo.dot_general"(%a, %b) <{dot_dimension_numbers = 5 : i64}> : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  "func.return"(%0) : (tensor<2x4xf32>) -> ()
}

// -----

func.func @dot_wrong_result(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) -> tensor<4x2xf32> {
  // expected-error @+1 {{cannot convert 'stablehlo.dot_general': the result shape is not batch x lhs free x rhs free dimensions}}
  %0 = "stablehlo.dot_general"(%a, %b) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<4x2xf32>
  "func.return"(%0) : (tensor<4x2xf32>) -> ()
}

// -----

func.func @dot_algorithm(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{cannot convert 'stablehlo.dot_general': dot algorithms ('algorithm' attribute) are not supported; use precision_config}}
  %0 = "stablehlo.dot_general"(%a, %b) <{algorithm = #stablehlo.dot_algorithm<lhs_precision_type = tf32, rhs_precision_type = tf32, accumulation_type = f32, lhs_component_count = 1, rhs_component_count = 1, num_primitive_operations = 1, allow_imprecise_accumulation = false>, dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  "func.return"(%0) : (tensor<2x4xf32>) -> ()
}

// -----

func.func @precision_value(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{cannot convert 'stablehlo.dot_general': unknown precision 'HIGHER'}}
  %0 = "stablehlo.dot_general"(%a, %b) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHER>, #stablehlo<precision DEFAULT>]}> : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  "func.return"(%0) : (tensor<2x4xf32>) -> ()
}

// -----

func.func @conv_layout(%x: tensor<1x4x4x1xf32>, %w: tensor<2x2x1x1xf32>) -> tensor<1x3x3x1xf32> {
  // expected-error @+1 {{cannot convert 'stablehlo.convolution': cannot read 'dimension_numbers': unexpected 'c' in the input layout (expected 'b', 'f' or a spatial index) at column 16 of 'conv<[b, 0, 1, c]x[0, 1, i, o]->[b, 0, 1, f]>'}}
  %0 = "stablehlo.convolution"(%x, %w) <{dimension_numbers = #stablehlo.conv<[b, 0, 1, c]x[0, 1, i, o]->[b, 0, 1, f]>}> : (tensor<1x4x4x1xf32>, tensor<2x2x1x1xf32>) -> tensor<1x3x3x1xf32>
  "func.return"(%0) : (tensor<1x3x3x1xf32>) -> ()
}

// -----

func.func @conv_missing_spatial(%x: tensor<1x4x4x1xf32>, %w: tensor<2x2x1x1xf32>) -> tensor<1x3x3x1xf32> {
  // expected-error @+1 {{cannot convert 'stablehlo.convolution': cannot read 'dimension_numbers': spatial dimension 0 missing in the kernel layout}}
  %0 = "stablehlo.convolution"(%x, %w) <{dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[2, 1, i, o]->[b, 0, 1, f]>}> : (tensor<1x4x4x1xf32>, tensor<2x2x1x1xf32>) -> tensor<1x3x3x1xf32>
  "func.return"(%0) : (tensor<1x3x3x1xf32>) -> ()
}

// -----

func.func @conv_result_size(%x: tensor<1x4x4x1xf32>, %w: tensor<2x2x1x1xf32>) -> tensor<1x4x4x1xf32> {
  // expected-error @+1 {{cannot convert 'stablehlo.convolution': result spatial dimension 0 should have size 3}}
  %0 = "stablehlo.convolution"(%x, %w) <{dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>}> : (tensor<1x4x4x1xf32>, tensor<2x2x1x1xf32>) -> tensor<1x4x4x1xf32>
  "func.return"(%0) : (tensor<1x4x4x1xf32>) -> ()
}

// -----

func.func @compare_missing_direction(%a: tensor<2xf32>) -> tensor<2xi1> {
  // expected-error @+1 {{cannot convert 'stablehlo.compare': missing attribute 'comparison_direction'}}
  %0 = "stablehlo.compare"(%a, %a) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  "func.return"(%0) : (tensor<2xi1>) -> ()
}

// -----

func.func @compare_bad_direction(%a: tensor<2xf32>) -> tensor<2xi1> {
  // expected-error @+1 {{cannot convert 'stablehlo.compare': attribute 'comparison_direction' has unknown value 'GREATER'}}
  %0 = "stablehlo.compare"(%a, %a) <{comparison_direction = #stablehlo<comparison_direction GREATER>}> : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  "func.return"(%0) : (tensor<2xi1>) -> ()
}

// -----

func.func @compare_wrong_mnemonic(%a: tensor<2xf32>) -> tensor<2xi1> {
  // expected-error @+1 {{cannot convert 'stablehlo.compare': cannot read 'comparison_direction': expected 'comparison_direction' but found 'comparison_type' at column 1 of 'comparison_type FLOAT'}}
  %0 = "stablehlo.compare"(%a, %a) <{comparison_direction = #stablehlo<comparison_type FLOAT>}> : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  "func.return"(%0) : (tensor<2xi1>) -> ()
}

// -----

func.func @compare_type_mismatch(%a: tensor<2xi32>) -> tensor<2xi1> {
  // expected-error @+1 {{cannot convert 'stablehlo.compare': compare_type FLOAT does not fit the operands}}
  %0 = "stablehlo.compare"(%a, %a) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
  "func.return"(%0) : (tensor<2xi1>) -> ()
}

// -----

func.func @float_op_on_ints(%a: tensor<2xi32>) -> tensor<2xi32> {
  // expected-error @+1 {{cannot convert 'stablehlo.exponential': operands must be floating-point, not this element type}}
  %0 = "stablehlo.exponential"(%a) : (tensor<2xi32>) -> tensor<2xi32>
  "func.return"(%0) : (tensor<2xi32>) -> ()
}

// -----

func.func @bitcast_widths(%a: tensor<2xf64>) -> tensor<2x3xf32> {
  // expected-error @+1 {{cannot convert 'stablehlo.bitcast_convert': the narrow side must have the wide side's shape plus a last dimension of 2}}
  %0 = "stablehlo.bitcast_convert"(%a) : (tensor<2xf64>) -> tensor<2x3xf32>
  "func.return"(%0) : (tensor<2x3xf32>) -> ()
}

// -----

func.func @slice_missing_attribute(%a: tensor<4xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{cannot convert 'stablehlo.slice': missing attribute 'limit_indices'}}
  %0 = "stablehlo.slice"(%a) <{start_indices = array<i64: 0>}> : (tensor<4xf32>) -> tensor<2xf32>
  "func.return"(%0) : (tensor<2xf32>) -> ()
}

// -----

func.func @pad_interior_negative(%a: tensor<4xf32>, %p: tensor<f32>) -> tensor<1xf32> {
  // expected-error @+1 {{cannot convert 'stablehlo.pad': interior padding must not be negative}}
  %0 = "stablehlo.pad"(%a, %p) <{edge_padding_high = array<i64: 0>, edge_padding_low = array<i64: 0>, interior_padding = array<i64: -1>}> : (tensor<4xf32>, tensor<f32>) -> tensor<1xf32>
  "func.return"(%0) : (tensor<1xf32>) -> ()
}

// -----

func.func @top_level_return(%a: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{cannot convert 'stablehlo.return': 'stablehlo.return' outside the body of a StableHLO op}}
  "stablehlo.return"(%a) : (tensor<f32>) -> ()
  "func.return"(%a) : (tensor<f32>) -> ()
}

// -----

// Every offending op is reported, not only the first.
func.func @two_errors(%a: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{unsupported StableHLO op 'stablehlo.rng'}}
  %0 = "stablehlo.rng"(%a, %a) <{rng_distribution = #stablehlo<rng_distribution UNIFORM>}> : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  // expected-error @+1 {{unsupported StableHLO op 'stablehlo.fft'}}
  %1 = "stablehlo.fft"(%0) : (tensor<2xf32>) -> tensor<2xf32>
  "func.return"(%1) : (tensor<2xf32>) -> ()
}

// -----

func.func @recursive(%a: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{recursive call to @recursive cannot be inlined; use inline-calls=false}}
  %0 = "func.call"(%a) <{callee = @recursive}> : (tensor<2xf32>) -> tensor<2xf32>
  "func.return"(%0) : (tensor<2xf32>) -> ()
}

// -----

func.func @captured(%x: tensor<4xf32>, %i: tensor<f32>, %k: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{cannot convert 'stablehlo.reduce': the body may only return its arguments and values computed in the body}}
  %0 = "stablehlo.reduce"(%x, %i) <{dimensions = array<i64: 0>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    "stablehlo.return"(%k) : (tensor<f32>) -> ()
  }) : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
  "func.return"(%0) : (tensor<f32>) -> ()
}

// -----

func.func @captured_operand(%x: tensor<4xf32>, %i: tensor<f32>, %k: tensor<f32>) -> tensor<f32> {
  %0 = "stablehlo.reduce"(%x, %i) <{dimensions = array<i64: 0>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    // expected-error @+1 {{cannot convert 'stablehlo.add': reduction bodies may only use their arguments and values computed in the body}}
    %s = "stablehlo.add"(%a, %k) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%s) : (tensor<f32>) -> ()
  }) : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
  "func.return"(%0) : (tensor<f32>) -> ()
}
