"builtin.module"() <{sym_name = "jit_loss"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128x512xf32>, tensor<512x128xf32>, tensor<128x128xf32>, tensor<128x384xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128x512xf32>, tensor<512x128xf32>, tensor<128x128xf32>, tensor<128x384xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128x512xf32>, tensor<512x128xf32>, tensor<128x128xf32>, tensor<128x384xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128x512xf32>, tensor<512x128xf32>, tensor<128x128xf32>, tensor<128x384xf32>, tensor<8x256x128xf32>) -> (tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128x512xf32>, tensor<512x128xf32>, tensor<128x128xf32>, tensor<128x384xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128x512xf32>, tensor<512x128xf32>, tensor<128x128xf32>, tensor<128x384xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128x512xf32>, tensor<512x128xf32>, tensor<128x128xf32>, tensor<128x384xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128x512xf32>, tensor<512x128xf32>, tensor<128x128xf32>, tensor<128x384xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1][0]['b1']"}, {jax.result_info = "result[1][0]['b2']"}, {jax.result_info = "result[1][0]['g1']"}, {jax.result_info = "result[1][0]['g2']"}, {jax.result_info = "result[1][0]['w1']"}, {jax.result_info = "result[1][0]['w2']"}, {jax.result_info = "result[1][0]['wo']"}, {jax.result_info = "result[1][0]['wqkv']"}, {jax.result_info = "result[1][1]['b1']"}, {jax.result_info = "result[1][1]['b2']"}, {jax.result_info = "result[1][1]['g1']"}, {jax.result_info = "result[1][1]['g2']"}, {jax.result_info = "result[1][1]['w1']"}, {jax.result_info = "result[1][1]['w2']"}, {jax.result_info = "result[1][1]['wo']"}, {jax.result_info = "result[1][1]['wqkv']"}, {jax.result_info = "result[1][2]['b1']"}, {jax.result_info = "result[1][2]['b2']"}, {jax.result_info = "result[1][2]['g1']"}, {jax.result_info = "result[1][2]['g2']"}, {jax.result_info = "result[1][2]['w1']"}, {jax.result_info = "result[1][2]['w2']"}, {jax.result_info = "result[1][2]['wo']"}, {jax.result_info = "result[1][2]['wqkv']"}, {jax.result_info = "result[1][3]['b1']"}, {jax.result_info = "result[1][3]['b2']"}, {jax.result_info = "result[1][3]['g1']"}, {jax.result_info = "result[1][3]['g2']"}, {jax.result_info = "result[1][3]['w1']"}, {jax.result_info = "result[1][3]['w2']"}, {jax.result_info = "result[1][3]['wo']"}, {jax.result_info = "result[1][3]['wqkv']"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg6: tensor<128xf32>, %arg7: tensor<128xf32>, %arg8: tensor<128xf32>, %arg9: tensor<128xf32>, %arg10: tensor<128x512xf32>, %arg11: tensor<512x128xf32>, %arg12: tensor<128x128xf32>, %arg13: tensor<128x384xf32>, %arg14: tensor<128xf32>, %arg15: tensor<128xf32>, %arg16: tensor<128xf32>, %arg17: tensor<128xf32>, %arg18: tensor<128x512xf32>, %arg19: tensor<512x128xf32>, %arg20: tensor<128x128xf32>, %arg21: tensor<128x384xf32>, %arg22: tensor<128xf32>, %arg23: tensor<128xf32>, %arg24: tensor<128xf32>, %arg25: tensor<128xf32>, %arg26: tensor<128x512xf32>, %arg27: tensor<512x128xf32>, %arg28: tensor<128x128xf32>, %arg29: tensor<128x384xf32>, %arg30: tensor<128xf32>, %arg31: tensor<128xf32>, %arg32: tensor<128xf32>, %arg33: tensor<128xf32>, %arg34: tensor<128x512xf32>, %arg35: tensor<512x128xf32>, %arg36: tensor<128x128xf32>, %arg37: tensor<128x384xf32>, %arg38: tensor<8x256x128xf32>):
    %16 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %17 = "stablehlo.reduce"(%arg38, %16) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg237: tensor<f32>, %arg238: tensor<f32>):
      %1267 = "stablehlo.add"(%arg237, %arg238) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1267) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %18 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %19 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %20 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %21 = "stablehlo.divide"(%18, %20) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %22 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %23 = "stablehlo.subtract"(%arg38, %22) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %24 = "stablehlo.multiply"(%23, %23) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %25 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %26 = "stablehlo.reduce"(%24, %25) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg235: tensor<f32>, %arg236: tensor<f32>):
      %1266 = "stablehlo.add"(%arg235, %arg236) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1266) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %27 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %28 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %29 = "stablehlo.broadcast_in_dim"(%28) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %30 = "stablehlo.divide"(%27, %29) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %31 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %32 = "stablehlo.subtract"(%arg38, %31) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %33 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %34 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %35 = "stablehlo.add"(%30, %34) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %36 = "stablehlo.rsqrt"(%35) : (tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %37 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %38 = "stablehlo.multiply"(%32, %37) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %39 = "stablehlo.broadcast_in_dim"(%arg8) <{broadcast_dimensions = array<i64: 2>}> : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %40 = "stablehlo.broadcast_in_dim"(%39) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xf32>) -> tensor<8x256x128xf32>
    %41 = "stablehlo.multiply"(%38, %40) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %42 = "stablehlo.broadcast_in_dim"(%arg6) <{broadcast_dimensions = array<i64: 2>}> : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %43 = "stablehlo.broadcast_in_dim"(%42) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xf32>) -> tensor<8x256x128xf32>
    %44 = "stablehlo.add"(%41, %43) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %45 = "stablehlo.dot_general"(%44, %arg13) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<128x384xf32>) -> tensor<8x256x384xf32>
    %46 = "stablehlo.slice"(%45) <{limit_indices = array<i64: 8, 256, 128>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<8x256x384xf32>) -> tensor<8x256x128xf32>
    %47 = "stablehlo.slice"(%45) <{limit_indices = array<i64: 8, 256, 256>, start_indices = array<i64: 0, 0, 128>, strides = array<i64: 1, 1, 1>}> : (tensor<8x256x384xf32>) -> tensor<8x256x128xf32>
    %48 = "stablehlo.slice"(%45) <{limit_indices = array<i64: 8, 256, 384>, start_indices = array<i64: 0, 0, 256>, strides = array<i64: 1, 1, 1>}> : (tensor<8x256x384xf32>) -> tensor<8x256x128xf32>
    %49 = "stablehlo.reshape"(%46) : (tensor<8x256x128xf32>) -> tensor<8x256x4x32xf32>
    %50 = "stablehlo.transpose"(%49) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x256x4x32xf32>) -> tensor<8x4x256x32xf32>
    %51 = "stablehlo.reshape"(%47) : (tensor<8x256x128xf32>) -> tensor<8x256x4x32xf32>
    %52 = "stablehlo.transpose"(%51) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x256x4x32xf32>) -> tensor<8x4x256x32xf32>
    %53 = "stablehlo.reshape"(%48) : (tensor<8x256x128xf32>) -> tensor<8x256x4x32xf32>
    %54 = "stablehlo.transpose"(%53) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x256x4x32xf32>) -> tensor<8x4x256x32xf32>
    %55 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %56 = "stablehlo.broadcast_in_dim"(%55) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<256x256xi1>
    %57 = "func.call"(%56) <{callee = @tril}> : (tensor<256x256xi1>) -> tensor<256x256xi1>
    %58 = "stablehlo.transpose"(%52) <{permutation = array<i64: 0, 1, 3, 2>}> : (tensor<8x4x256x32xf32>) -> tensor<8x4x32x256xf32>
    %59 = "stablehlo.dot_general"(%50, %58) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x32xf32>, tensor<8x4x32x256xf32>) -> tensor<8x4x256x256xf32>
    %60 = "stablehlo.constant"() <{value = dense<5.65685415> : tensor<f32>}> : () -> tensor<f32>
    %61 = "stablehlo.broadcast_in_dim"(%60) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x256x256xf32>
    %62 = "stablehlo.divide"(%59, %61) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %63 = "stablehlo.constant"() <{value = dense<-1.000000e+09> : tensor<f32>}> : () -> tensor<f32>
    %64:2 = "func.call"(%57, %62, %63) <{callee = @_where}> : (tensor<256x256xi1>, tensor<8x4x256x256xf32>, tensor<f32>) -> (tensor<8x4x256x256xf32>, tensor<8x4x256x256xi1>)
    %65 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %66 = "stablehlo.reduce"(%64#0, %65) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg233: tensor<f32>, %arg234: tensor<f32>):
      %1265 = "stablehlo.maximum"(%arg233, %arg234) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1265) : (tensor<f32>) -> ()
    }) : (tensor<8x4x256x256xf32>, tensor<f32>) -> tensor<8x4x256xf32>
    %67 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %68 = "stablehlo.broadcast_in_dim"(%67) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x256xf32>
    %69 = "stablehlo.maximum"(%68, %66) : (tensor<8x4x256xf32>, tensor<8x4x256xf32>) -> tensor<8x4x256xf32>
    %70 = "stablehlo.broadcast_in_dim"(%69) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x4x256xf32>) -> tensor<8x4x256x1xf32>
    %71 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x256x1xf32>) -> tensor<8x4x256x256xf32>
    %72 = "stablehlo.subtract"(%64#0, %71) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %73 = "stablehlo.exponential"(%72) : (tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %74 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %75 = "stablehlo.reduce"(%73, %74) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg231: tensor<f32>, %arg232: tensor<f32>):
      %1264 = "stablehlo.add"(%arg231, %arg232) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1264) : (tensor<f32>) -> ()
    }) : (tensor<8x4x256x256xf32>, tensor<f32>) -> tensor<8x4x256xf32>
    %76 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x4x256xf32>) -> tensor<8x4x256x1xf32>
    %77 = "stablehlo.broadcast_in_dim"(%76) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x256x1xf32>) -> tensor<8x4x256x256xf32>
    %78 = "stablehlo.divide"(%73, %77) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %79 = "stablehlo.multiply"(%76, %76) : (tensor<8x4x256x1xf32>, tensor<8x4x256x1xf32>) -> tensor<8x4x256x1xf32>
    %80 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %81 = "stablehlo.broadcast_in_dim"(%80) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x256x1xf32>
    %82 = "stablehlo.divide"(%81, %79) : (tensor<8x4x256x1xf32>, tensor<8x4x256x1xf32>) -> tensor<8x4x256x1xf32>
    %83 = "stablehlo.dot_general"(%78, %54) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x256xf32>, tensor<8x4x256x32xf32>) -> tensor<8x4x256x32xf32>
    %84 = "stablehlo.transpose"(%83) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x256x32xf32>) -> tensor<8x256x4x32xf32>
    %85 = "stablehlo.reshape"(%84) : (tensor<8x256x4x32xf32>) -> tensor<8x256x128xf32>
    %86 = "stablehlo.dot_general"(%85, %arg12) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<128x128xf32>) -> tensor<8x256x128xf32>
    %87 = "stablehlo.add"(%arg38, %86) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %88 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %89 = "stablehlo.reduce"(%87, %88) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg229: tensor<f32>, %arg230: tensor<f32>):
      %1263 = "stablehlo.add"(%arg229, %arg230) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1263) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %90 = "stablehlo.broadcast_in_dim"(%89) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %91 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %92 = "stablehlo.broadcast_in_dim"(%91) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %93 = "stablehlo.divide"(%90, %92) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %94 = "stablehlo.broadcast_in_dim"(%93) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %95 = "stablehlo.subtract"(%87, %94) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %96 = "stablehlo.multiply"(%95, %95) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %97 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %98 = "stablehlo.broadcast_in_dim"(%97) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x128xf32>
    %99 = "stablehlo.multiply"(%98, %95) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %100 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %101 = "stablehlo.reduce"(%96, %100) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg227: tensor<f32>, %arg228: tensor<f32>):
      %1262 = "stablehlo.add"(%arg227, %arg228) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1262) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %102 = "stablehlo.broadcast_in_dim"(%101) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %103 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %104 = "stablehlo.broadcast_in_dim"(%103) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %105 = "stablehlo.divide"(%102, %104) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %106 = "stablehlo.broadcast_in_dim"(%93) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %107 = "stablehlo.subtract"(%87, %106) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %108 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %109 = "stablehlo.broadcast_in_dim"(%108) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %110 = "stablehlo.add"(%105, %109) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %111 = "stablehlo.rsqrt"(%110) : (tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %112 = "stablehlo.divide"(%111, %110) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %113 = "stablehlo.constant"() <{value = dense<-5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %114 = "stablehlo.broadcast_in_dim"(%113) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %115 = "stablehlo.multiply"(%114, %112) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %116 = "stablehlo.broadcast_in_dim"(%111) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %117 = "stablehlo.multiply"(%107, %116) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %118 = "stablehlo.broadcast_in_dim"(%arg9) <{broadcast_dimensions = array<i64: 2>}> : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %119 = "stablehlo.broadcast_in_dim"(%118) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xf32>) -> tensor<8x256x128xf32>
    %120 = "stablehlo.multiply"(%117, %119) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %121 = "stablehlo.broadcast_in_dim"(%arg7) <{broadcast_dimensions = array<i64: 2>}> : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %122 = "stablehlo.broadcast_in_dim"(%121) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xf32>) -> tensor<8x256x128xf32>
    %123 = "stablehlo.add"(%120, %122) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %124 = "stablehlo.dot_general"(%123, %arg10) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<128x512xf32>) -> tensor<8x256x512xf32>
    %125 = "stablehlo.multiply"(%124, %124) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %126 = "stablehlo.multiply"(%125, %124) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %127 = "stablehlo.multiply"(%124, %124) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %128 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %129 = "stablehlo.broadcast_in_dim"(%128) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %130 = "stablehlo.multiply"(%129, %127) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %131 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %132 = "stablehlo.broadcast_in_dim"(%131) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %133 = "stablehlo.multiply"(%132, %126) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %134 = "stablehlo.add"(%124, %133) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %135 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %136 = "stablehlo.broadcast_in_dim"(%135) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %137 = "stablehlo.multiply"(%136, %134) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %138 = "stablehlo.tanh"(%137) : (tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %139 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %140 = "stablehlo.broadcast_in_dim"(%139) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %141 = "stablehlo.subtract"(%140, %138) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %142 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %143 = "stablehlo.broadcast_in_dim"(%142) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %144 = "stablehlo.add"(%143, %138) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %145 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %146 = "stablehlo.broadcast_in_dim"(%145) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %147 = "stablehlo.multiply"(%146, %144) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %148 = "stablehlo.multiply"(%124, %147) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %149 = "stablehlo.dot_general"(%148, %arg11) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x512xf32>, tensor<512x128xf32>) -> tensor<8x256x128xf32>
    %150 = "stablehlo.add"(%87, %149) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %151 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %152 = "stablehlo.reduce"(%150, %151) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg225: tensor<f32>, %arg226: tensor<f32>):
      %1261 = "stablehlo.add"(%arg225, %arg226) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1261) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %153 = "stablehlo.broadcast_in_dim"(%152) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %154 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %155 = "stablehlo.broadcast_in_dim"(%154) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %156 = "stablehlo.divide"(%153, %155) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %157 = "stablehlo.broadcast_in_dim"(%156) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %158 = "stablehlo.subtract"(%150, %157) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %159 = "stablehlo.multiply"(%158, %158) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %160 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %161 = "stablehlo.broadcast_in_dim"(%160) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x128xf32>
    %162 = "stablehlo.multiply"(%161, %158) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %163 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %164 = "stablehlo.reduce"(%159, %163) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg223: tensor<f32>, %arg224: tensor<f32>):
      %1260 = "stablehlo.add"(%arg223, %arg224) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1260) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %165 = "stablehlo.broadcast_in_dim"(%164) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %166 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %167 = "stablehlo.broadcast_in_dim"(%166) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %168 = "stablehlo.divide"(%165, %167) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %169 = "stablehlo.broadcast_in_dim"(%156) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %170 = "stablehlo.subtract"(%150, %169) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %171 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %172 = "stablehlo.broadcast_in_dim"(%171) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %173 = "stablehlo.add"(%168, %172) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %174 = "stablehlo.rsqrt"(%173) : (tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %175 = "stablehlo.divide"(%174, %173) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %176 = "stablehlo.constant"() <{value = dense<-5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %177 = "stablehlo.broadcast_in_dim"(%176) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %178 = "stablehlo.multiply"(%177, %175) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %179 = "stablehlo.broadcast_in_dim"(%174) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %180 = "stablehlo.multiply"(%170, %179) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %181 = "stablehlo.broadcast_in_dim"(%arg16) <{broadcast_dimensions = array<i64: 2>}> : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %182 = "stablehlo.broadcast_in_dim"(%181) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xf32>) -> tensor<8x256x128xf32>
    %183 = "stablehlo.multiply"(%180, %182) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %184 = "stablehlo.broadcast_in_dim"(%arg14) <{broadcast_dimensions = array<i64: 2>}> : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %185 = "stablehlo.broadcast_in_dim"(%184) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xf32>) -> tensor<8x256x128xf32>
    %186 = "stablehlo.add"(%183, %185) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %187 = "stablehlo.dot_general"(%186, %arg21) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<128x384xf32>) -> tensor<8x256x384xf32>
    %188 = "stablehlo.slice"(%187) <{limit_indices = array<i64: 8, 256, 128>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<8x256x384xf32>) -> tensor<8x256x128xf32>
    %189 = "stablehlo.slice"(%187) <{limit_indices = array<i64: 8, 256, 256>, start_indices = array<i64: 0, 0, 128>, strides = array<i64: 1, 1, 1>}> : (tensor<8x256x384xf32>) -> tensor<8x256x128xf32>
    %190 = "stablehlo.slice"(%187) <{limit_indices = array<i64: 8, 256, 384>, start_indices = array<i64: 0, 0, 256>, strides = array<i64: 1, 1, 1>}> : (tensor<8x256x384xf32>) -> tensor<8x256x128xf32>
    %191 = "stablehlo.reshape"(%188) : (tensor<8x256x128xf32>) -> tensor<8x256x4x32xf32>
    %192 = "stablehlo.transpose"(%191) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x256x4x32xf32>) -> tensor<8x4x256x32xf32>
    %193 = "stablehlo.reshape"(%189) : (tensor<8x256x128xf32>) -> tensor<8x256x4x32xf32>
    %194 = "stablehlo.transpose"(%193) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x256x4x32xf32>) -> tensor<8x4x256x32xf32>
    %195 = "stablehlo.reshape"(%190) : (tensor<8x256x128xf32>) -> tensor<8x256x4x32xf32>
    %196 = "stablehlo.transpose"(%195) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x256x4x32xf32>) -> tensor<8x4x256x32xf32>
    %197 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %198 = "stablehlo.broadcast_in_dim"(%197) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<256x256xi1>
    %199 = "func.call"(%198) <{callee = @tril}> : (tensor<256x256xi1>) -> tensor<256x256xi1>
    %200 = "stablehlo.transpose"(%194) <{permutation = array<i64: 0, 1, 3, 2>}> : (tensor<8x4x256x32xf32>) -> tensor<8x4x32x256xf32>
    %201 = "stablehlo.dot_general"(%192, %200) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x32xf32>, tensor<8x4x32x256xf32>) -> tensor<8x4x256x256xf32>
    %202 = "stablehlo.constant"() <{value = dense<5.65685415> : tensor<f32>}> : () -> tensor<f32>
    %203 = "stablehlo.broadcast_in_dim"(%202) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x256x256xf32>
    %204 = "stablehlo.divide"(%201, %203) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %205 = "stablehlo.constant"() <{value = dense<-1.000000e+09> : tensor<f32>}> : () -> tensor<f32>
    %206:2 = "func.call"(%199, %204, %205) <{callee = @_where}> : (tensor<256x256xi1>, tensor<8x4x256x256xf32>, tensor<f32>) -> (tensor<8x4x256x256xf32>, tensor<8x4x256x256xi1>)
    %207 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %208 = "stablehlo.reduce"(%206#0, %207) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg221: tensor<f32>, %arg222: tensor<f32>):
      %1259 = "stablehlo.maximum"(%arg221, %arg222) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1259) : (tensor<f32>) -> ()
    }) : (tensor<8x4x256x256xf32>, tensor<f32>) -> tensor<8x4x256xf32>
    %209 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %210 = "stablehlo.broadcast_in_dim"(%209) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x256xf32>
    %211 = "stablehlo.maximum"(%210, %208) : (tensor<8x4x256xf32>, tensor<8x4x256xf32>) -> tensor<8x4x256xf32>
    %212 = "stablehlo.broadcast_in_dim"(%211) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x4x256xf32>) -> tensor<8x4x256x1xf32>
    %213 = "stablehlo.broadcast_in_dim"(%212) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x256x1xf32>) -> tensor<8x4x256x256xf32>
    %214 = "stablehlo.subtract"(%206#0, %213) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %215 = "stablehlo.exponential"(%214) : (tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %216 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %217 = "stablehlo.reduce"(%215, %216) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg219: tensor<f32>, %arg220: tensor<f32>):
      %1258 = "stablehlo.add"(%arg219, %arg220) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1258) : (tensor<f32>) -> ()
    }) : (tensor<8x4x256x256xf32>, tensor<f32>) -> tensor<8x4x256xf32>
    %218 = "stablehlo.broadcast_in_dim"(%217) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x4x256xf32>) -> tensor<8x4x256x1xf32>
    %219 = "stablehlo.broadcast_in_dim"(%218) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x256x1xf32>) -> tensor<8x4x256x256xf32>
    %220 = "stablehlo.divide"(%215, %219) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %221 = "stablehlo.multiply"(%218, %218) : (tensor<8x4x256x1xf32>, tensor<8x4x256x1xf32>) -> tensor<8x4x256x1xf32>
    %222 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %223 = "stablehlo.broadcast_in_dim"(%222) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x256x1xf32>
    %224 = "stablehlo.divide"(%223, %221) : (tensor<8x4x256x1xf32>, tensor<8x4x256x1xf32>) -> tensor<8x4x256x1xf32>
    %225 = "stablehlo.dot_general"(%220, %196) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x256xf32>, tensor<8x4x256x32xf32>) -> tensor<8x4x256x32xf32>
    %226 = "stablehlo.transpose"(%225) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x256x32xf32>) -> tensor<8x256x4x32xf32>
    %227 = "stablehlo.reshape"(%226) : (tensor<8x256x4x32xf32>) -> tensor<8x256x128xf32>
    %228 = "stablehlo.dot_general"(%227, %arg20) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<128x128xf32>) -> tensor<8x256x128xf32>
    %229 = "stablehlo.add"(%150, %228) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %230 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %231 = "stablehlo.reduce"(%229, %230) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg217: tensor<f32>, %arg218: tensor<f32>):
      %1257 = "stablehlo.add"(%arg217, %arg218) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1257) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %232 = "stablehlo.broadcast_in_dim"(%231) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %233 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %234 = "stablehlo.broadcast_in_dim"(%233) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %235 = "stablehlo.divide"(%232, %234) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %236 = "stablehlo.broadcast_in_dim"(%235) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %237 = "stablehlo.subtract"(%229, %236) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %238 = "stablehlo.multiply"(%237, %237) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %239 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %240 = "stablehlo.broadcast_in_dim"(%239) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x128xf32>
    %241 = "stablehlo.multiply"(%240, %237) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %242 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %243 = "stablehlo.reduce"(%238, %242) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg215: tensor<f32>, %arg216: tensor<f32>):
      %1256 = "stablehlo.add"(%arg215, %arg216) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1256) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %244 = "stablehlo.broadcast_in_dim"(%243) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %245 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %246 = "stablehlo.broadcast_in_dim"(%245) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %247 = "stablehlo.divide"(%244, %246) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %248 = "stablehlo.broadcast_in_dim"(%235) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %249 = "stablehlo.subtract"(%229, %248) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %250 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %251 = "stablehlo.broadcast_in_dim"(%250) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %252 = "stablehlo.add"(%247, %251) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %253 = "stablehlo.rsqrt"(%252) : (tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %254 = "stablehlo.divide"(%253, %252) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %255 = "stablehlo.constant"() <{value = dense<-5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %256 = "stablehlo.broadcast_in_dim"(%255) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %257 = "stablehlo.multiply"(%256, %254) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %258 = "stablehlo.broadcast_in_dim"(%253) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %259 = "stablehlo.multiply"(%249, %258) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %260 = "stablehlo.broadcast_in_dim"(%arg17) <{broadcast_dimensions = array<i64: 2>}> : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %261 = "stablehlo.broadcast_in_dim"(%260) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xf32>) -> tensor<8x256x128xf32>
    %262 = "stablehlo.multiply"(%259, %261) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %263 = "stablehlo.broadcast_in_dim"(%arg15) <{broadcast_dimensions = array<i64: 2>}> : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %264 = "stablehlo.broadcast_in_dim"(%263) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xf32>) -> tensor<8x256x128xf32>
    %265 = "stablehlo.add"(%262, %264) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %266 = "stablehlo.dot_general"(%265, %arg18) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<128x512xf32>) -> tensor<8x256x512xf32>
    %267 = "stablehlo.multiply"(%266, %266) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %268 = "stablehlo.multiply"(%267, %266) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %269 = "stablehlo.multiply"(%266, %266) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %270 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %271 = "stablehlo.broadcast_in_dim"(%270) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %272 = "stablehlo.multiply"(%271, %269) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %273 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %274 = "stablehlo.broadcast_in_dim"(%273) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %275 = "stablehlo.multiply"(%274, %268) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %276 = "stablehlo.add"(%266, %275) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %277 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %278 = "stablehlo.broadcast_in_dim"(%277) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %279 = "stablehlo.multiply"(%278, %276) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %280 = "stablehlo.tanh"(%279) : (tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %281 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %282 = "stablehlo.broadcast_in_dim"(%281) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %283 = "stablehlo.subtract"(%282, %280) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %284 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %285 = "stablehlo.broadcast_in_dim"(%284) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %286 = "stablehlo.add"(%285, %280) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %287 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %288 = "stablehlo.broadcast_in_dim"(%287) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %289 = "stablehlo.multiply"(%288, %286) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %290 = "stablehlo.multiply"(%266, %289) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %291 = "stablehlo.dot_general"(%290, %arg19) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x512xf32>, tensor<512x128xf32>) -> tensor<8x256x128xf32>
    %292 = "stablehlo.add"(%229, %291) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %293 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %294 = "stablehlo.reduce"(%292, %293) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg213: tensor<f32>, %arg214: tensor<f32>):
      %1255 = "stablehlo.add"(%arg213, %arg214) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1255) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %295 = "stablehlo.broadcast_in_dim"(%294) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %296 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %297 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %298 = "stablehlo.divide"(%295, %297) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %299 = "stablehlo.broadcast_in_dim"(%298) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %300 = "stablehlo.subtract"(%292, %299) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %301 = "stablehlo.multiply"(%300, %300) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %302 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %303 = "stablehlo.broadcast_in_dim"(%302) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x128xf32>
    %304 = "stablehlo.multiply"(%303, %300) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %305 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %306 = "stablehlo.reduce"(%301, %305) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg211: tensor<f32>, %arg212: tensor<f32>):
      %1254 = "stablehlo.add"(%arg211, %arg212) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1254) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %307 = "stablehlo.broadcast_in_dim"(%306) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %308 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %309 = "stablehlo.broadcast_in_dim"(%308) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %310 = "stablehlo.divide"(%307, %309) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %311 = "stablehlo.broadcast_in_dim"(%298) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %312 = "stablehlo.subtract"(%292, %311) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %313 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %314 = "stablehlo.broadcast_in_dim"(%313) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %315 = "stablehlo.add"(%310, %314) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %316 = "stablehlo.rsqrt"(%315) : (tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %317 = "stablehlo.divide"(%316, %315) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %318 = "stablehlo.constant"() <{value = dense<-5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %319 = "stablehlo.broadcast_in_dim"(%318) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %320 = "stablehlo.multiply"(%319, %317) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %321 = "stablehlo.broadcast_in_dim"(%316) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %322 = "stablehlo.multiply"(%312, %321) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %323 = "stablehlo.broadcast_in_dim"(%arg24) <{broadcast_dimensions = array<i64: 2>}> : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %324 = "stablehlo.broadcast_in_dim"(%323) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xf32>) -> tensor<8x256x128xf32>
    %325 = "stablehlo.multiply"(%322, %324) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %326 = "stablehlo.broadcast_in_dim"(%arg22) <{broadcast_dimensions = array<i64: 2>}> : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %327 = "stablehlo.broadcast_in_dim"(%326) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xf32>) -> tensor<8x256x128xf32>
    %328 = "stablehlo.add"(%325, %327) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %329 = "stablehlo.dot_general"(%328, %arg29) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<128x384xf32>) -> tensor<8x256x384xf32>
    %330 = "stablehlo.slice"(%329) <{limit_indices = array<i64: 8, 256, 128>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<8x256x384xf32>) -> tensor<8x256x128xf32>
    %331 = "stablehlo.slice"(%329) <{limit_indices = array<i64: 8, 256, 256>, start_indices = array<i64: 0, 0, 128>, strides = array<i64: 1, 1, 1>}> : (tensor<8x256x384xf32>) -> tensor<8x256x128xf32>
    %332 = "stablehlo.slice"(%329) <{limit_indices = array<i64: 8, 256, 384>, start_indices = array<i64: 0, 0, 256>, strides = array<i64: 1, 1, 1>}> : (tensor<8x256x384xf32>) -> tensor<8x256x128xf32>
    %333 = "stablehlo.reshape"(%330) : (tensor<8x256x128xf32>) -> tensor<8x256x4x32xf32>
    %334 = "stablehlo.transpose"(%333) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x256x4x32xf32>) -> tensor<8x4x256x32xf32>
    %335 = "stablehlo.reshape"(%331) : (tensor<8x256x128xf32>) -> tensor<8x256x4x32xf32>
    %336 = "stablehlo.transpose"(%335) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x256x4x32xf32>) -> tensor<8x4x256x32xf32>
    %337 = "stablehlo.reshape"(%332) : (tensor<8x256x128xf32>) -> tensor<8x256x4x32xf32>
    %338 = "stablehlo.transpose"(%337) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x256x4x32xf32>) -> tensor<8x4x256x32xf32>
    %339 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %340 = "stablehlo.broadcast_in_dim"(%339) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<256x256xi1>
    %341 = "func.call"(%340) <{callee = @tril}> : (tensor<256x256xi1>) -> tensor<256x256xi1>
    %342 = "stablehlo.transpose"(%336) <{permutation = array<i64: 0, 1, 3, 2>}> : (tensor<8x4x256x32xf32>) -> tensor<8x4x32x256xf32>
    %343 = "stablehlo.dot_general"(%334, %342) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x32xf32>, tensor<8x4x32x256xf32>) -> tensor<8x4x256x256xf32>
    %344 = "stablehlo.constant"() <{value = dense<5.65685415> : tensor<f32>}> : () -> tensor<f32>
    %345 = "stablehlo.broadcast_in_dim"(%344) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x256x256xf32>
    %346 = "stablehlo.divide"(%343, %345) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %347 = "stablehlo.constant"() <{value = dense<-1.000000e+09> : tensor<f32>}> : () -> tensor<f32>
    %348:2 = "func.call"(%341, %346, %347) <{callee = @_where}> : (tensor<256x256xi1>, tensor<8x4x256x256xf32>, tensor<f32>) -> (tensor<8x4x256x256xf32>, tensor<8x4x256x256xi1>)
    %349 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %350 = "stablehlo.reduce"(%348#0, %349) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg209: tensor<f32>, %arg210: tensor<f32>):
      %1253 = "stablehlo.maximum"(%arg209, %arg210) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1253) : (tensor<f32>) -> ()
    }) : (tensor<8x4x256x256xf32>, tensor<f32>) -> tensor<8x4x256xf32>
    %351 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %352 = "stablehlo.broadcast_in_dim"(%351) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x256xf32>
    %353 = "stablehlo.maximum"(%352, %350) : (tensor<8x4x256xf32>, tensor<8x4x256xf32>) -> tensor<8x4x256xf32>
    %354 = "stablehlo.broadcast_in_dim"(%353) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x4x256xf32>) -> tensor<8x4x256x1xf32>
    %355 = "stablehlo.broadcast_in_dim"(%354) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x256x1xf32>) -> tensor<8x4x256x256xf32>
    %356 = "stablehlo.subtract"(%348#0, %355) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %357 = "stablehlo.exponential"(%356) : (tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %358 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %359 = "stablehlo.reduce"(%357, %358) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg207: tensor<f32>, %arg208: tensor<f32>):
      %1252 = "stablehlo.add"(%arg207, %arg208) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1252) : (tensor<f32>) -> ()
    }) : (tensor<8x4x256x256xf32>, tensor<f32>) -> tensor<8x4x256xf32>
    %360 = "stablehlo.broadcast_in_dim"(%359) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x4x256xf32>) -> tensor<8x4x256x1xf32>
    %361 = "stablehlo.broadcast_in_dim"(%360) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x256x1xf32>) -> tensor<8x4x256x256xf32>
    %362 = "stablehlo.divide"(%357, %361) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %363 = "stablehlo.multiply"(%360, %360) : (tensor<8x4x256x1xf32>, tensor<8x4x256x1xf32>) -> tensor<8x4x256x1xf32>
    %364 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %365 = "stablehlo.broadcast_in_dim"(%364) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x256x1xf32>
    %366 = "stablehlo.divide"(%365, %363) : (tensor<8x4x256x1xf32>, tensor<8x4x256x1xf32>) -> tensor<8x4x256x1xf32>
    %367 = "stablehlo.dot_general"(%362, %338) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x256xf32>, tensor<8x4x256x32xf32>) -> tensor<8x4x256x32xf32>
    %368 = "stablehlo.transpose"(%367) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x256x32xf32>) -> tensor<8x256x4x32xf32>
    %369 = "stablehlo.reshape"(%368) : (tensor<8x256x4x32xf32>) -> tensor<8x256x128xf32>
    %370 = "stablehlo.dot_general"(%369, %arg28) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<128x128xf32>) -> tensor<8x256x128xf32>
    %371 = "stablehlo.add"(%292, %370) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %372 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %373 = "stablehlo.reduce"(%371, %372) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg205: tensor<f32>, %arg206: tensor<f32>):
      %1251 = "stablehlo.add"(%arg205, %arg206) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1251) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %374 = "stablehlo.broadcast_in_dim"(%373) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %375 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %376 = "stablehlo.broadcast_in_dim"(%375) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %377 = "stablehlo.divide"(%374, %376) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %378 = "stablehlo.broadcast_in_dim"(%377) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %379 = "stablehlo.subtract"(%371, %378) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %380 = "stablehlo.multiply"(%379, %379) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %381 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %382 = "stablehlo.broadcast_in_dim"(%381) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x128xf32>
    %383 = "stablehlo.multiply"(%382, %379) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %384 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %385 = "stablehlo.reduce"(%380, %384) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg203: tensor<f32>, %arg204: tensor<f32>):
      %1250 = "stablehlo.add"(%arg203, %arg204) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1250) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %386 = "stablehlo.broadcast_in_dim"(%385) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %387 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %388 = "stablehlo.broadcast_in_dim"(%387) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %389 = "stablehlo.divide"(%386, %388) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %390 = "stablehlo.broadcast_in_dim"(%377) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %391 = "stablehlo.subtract"(%371, %390) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %392 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %393 = "stablehlo.broadcast_in_dim"(%392) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %394 = "stablehlo.add"(%389, %393) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %395 = "stablehlo.rsqrt"(%394) : (tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %396 = "stablehlo.divide"(%395, %394) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %397 = "stablehlo.constant"() <{value = dense<-5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %398 = "stablehlo.broadcast_in_dim"(%397) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %399 = "stablehlo.multiply"(%398, %396) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %400 = "stablehlo.broadcast_in_dim"(%395) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %401 = "stablehlo.multiply"(%391, %400) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %402 = "stablehlo.broadcast_in_dim"(%arg25) <{broadcast_dimensions = array<i64: 2>}> : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %403 = "stablehlo.broadcast_in_dim"(%402) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xf32>) -> tensor<8x256x128xf32>
    %404 = "stablehlo.multiply"(%401, %403) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %405 = "stablehlo.broadcast_in_dim"(%arg23) <{broadcast_dimensions = array<i64: 2>}> : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %406 = "stablehlo.broadcast_in_dim"(%405) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xf32>) -> tensor<8x256x128xf32>
    %407 = "stablehlo.add"(%404, %406) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %408 = "stablehlo.dot_general"(%407, %arg26) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<128x512xf32>) -> tensor<8x256x512xf32>
    %409 = "stablehlo.multiply"(%408, %408) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %410 = "stablehlo.multiply"(%409, %408) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %411 = "stablehlo.multiply"(%408, %408) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %412 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %413 = "stablehlo.broadcast_in_dim"(%412) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %414 = "stablehlo.multiply"(%413, %411) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %415 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %416 = "stablehlo.broadcast_in_dim"(%415) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %417 = "stablehlo.multiply"(%416, %410) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %418 = "stablehlo.add"(%408, %417) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %419 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %420 = "stablehlo.broadcast_in_dim"(%419) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %421 = "stablehlo.multiply"(%420, %418) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %422 = "stablehlo.tanh"(%421) : (tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %423 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %424 = "stablehlo.broadcast_in_dim"(%423) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %425 = "stablehlo.subtract"(%424, %422) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %426 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %427 = "stablehlo.broadcast_in_dim"(%426) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %428 = "stablehlo.add"(%427, %422) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %429 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %430 = "stablehlo.broadcast_in_dim"(%429) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %431 = "stablehlo.multiply"(%430, %428) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %432 = "stablehlo.multiply"(%408, %431) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %433 = "stablehlo.dot_general"(%432, %arg27) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x512xf32>, tensor<512x128xf32>) -> tensor<8x256x128xf32>
    %434 = "stablehlo.add"(%371, %433) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %435 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %436 = "stablehlo.reduce"(%434, %435) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg201: tensor<f32>, %arg202: tensor<f32>):
      %1249 = "stablehlo.add"(%arg201, %arg202) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1249) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %437 = "stablehlo.broadcast_in_dim"(%436) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %438 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %439 = "stablehlo.broadcast_in_dim"(%438) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %440 = "stablehlo.divide"(%437, %439) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %441 = "stablehlo.broadcast_in_dim"(%440) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %442 = "stablehlo.subtract"(%434, %441) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %443 = "stablehlo.multiply"(%442, %442) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %444 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %445 = "stablehlo.broadcast_in_dim"(%444) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x128xf32>
    %446 = "stablehlo.multiply"(%445, %442) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %447 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %448 = "stablehlo.reduce"(%443, %447) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg199: tensor<f32>, %arg200: tensor<f32>):
      %1248 = "stablehlo.add"(%arg199, %arg200) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1248) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %449 = "stablehlo.broadcast_in_dim"(%448) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %450 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %451 = "stablehlo.broadcast_in_dim"(%450) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %452 = "stablehlo.divide"(%449, %451) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %453 = "stablehlo.broadcast_in_dim"(%440) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %454 = "stablehlo.subtract"(%434, %453) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %455 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %456 = "stablehlo.broadcast_in_dim"(%455) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %457 = "stablehlo.add"(%452, %456) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %458 = "stablehlo.rsqrt"(%457) : (tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %459 = "stablehlo.divide"(%458, %457) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %460 = "stablehlo.constant"() <{value = dense<-5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %461 = "stablehlo.broadcast_in_dim"(%460) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %462 = "stablehlo.multiply"(%461, %459) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %463 = "stablehlo.broadcast_in_dim"(%458) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %464 = "stablehlo.multiply"(%454, %463) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %465 = "stablehlo.broadcast_in_dim"(%arg32) <{broadcast_dimensions = array<i64: 2>}> : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %466 = "stablehlo.broadcast_in_dim"(%465) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xf32>) -> tensor<8x256x128xf32>
    %467 = "stablehlo.multiply"(%464, %466) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %468 = "stablehlo.broadcast_in_dim"(%arg30) <{broadcast_dimensions = array<i64: 2>}> : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %469 = "stablehlo.broadcast_in_dim"(%468) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xf32>) -> tensor<8x256x128xf32>
    %470 = "stablehlo.add"(%467, %469) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %471 = "stablehlo.dot_general"(%470, %arg37) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<128x384xf32>) -> tensor<8x256x384xf32>
    %472 = "stablehlo.slice"(%471) <{limit_indices = array<i64: 8, 256, 128>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<8x256x384xf32>) -> tensor<8x256x128xf32>
    %473 = "stablehlo.slice"(%471) <{limit_indices = array<i64: 8, 256, 256>, start_indices = array<i64: 0, 0, 128>, strides = array<i64: 1, 1, 1>}> : (tensor<8x256x384xf32>) -> tensor<8x256x128xf32>
    %474 = "stablehlo.slice"(%471) <{limit_indices = array<i64: 8, 256, 384>, start_indices = array<i64: 0, 0, 256>, strides = array<i64: 1, 1, 1>}> : (tensor<8x256x384xf32>) -> tensor<8x256x128xf32>
    %475 = "stablehlo.reshape"(%472) : (tensor<8x256x128xf32>) -> tensor<8x256x4x32xf32>
    %476 = "stablehlo.transpose"(%475) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x256x4x32xf32>) -> tensor<8x4x256x32xf32>
    %477 = "stablehlo.reshape"(%473) : (tensor<8x256x128xf32>) -> tensor<8x256x4x32xf32>
    %478 = "stablehlo.transpose"(%477) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x256x4x32xf32>) -> tensor<8x4x256x32xf32>
    %479 = "stablehlo.reshape"(%474) : (tensor<8x256x128xf32>) -> tensor<8x256x4x32xf32>
    %480 = "stablehlo.transpose"(%479) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x256x4x32xf32>) -> tensor<8x4x256x32xf32>
    %481 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %482 = "stablehlo.broadcast_in_dim"(%481) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<256x256xi1>
    %483 = "func.call"(%482) <{callee = @tril}> : (tensor<256x256xi1>) -> tensor<256x256xi1>
    %484 = "stablehlo.transpose"(%478) <{permutation = array<i64: 0, 1, 3, 2>}> : (tensor<8x4x256x32xf32>) -> tensor<8x4x32x256xf32>
    %485 = "stablehlo.dot_general"(%476, %484) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x32xf32>, tensor<8x4x32x256xf32>) -> tensor<8x4x256x256xf32>
    %486 = "stablehlo.constant"() <{value = dense<5.65685415> : tensor<f32>}> : () -> tensor<f32>
    %487 = "stablehlo.broadcast_in_dim"(%486) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x256x256xf32>
    %488 = "stablehlo.divide"(%485, %487) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %489 = "stablehlo.constant"() <{value = dense<-1.000000e+09> : tensor<f32>}> : () -> tensor<f32>
    %490:2 = "func.call"(%483, %488, %489) <{callee = @_where}> : (tensor<256x256xi1>, tensor<8x4x256x256xf32>, tensor<f32>) -> (tensor<8x4x256x256xf32>, tensor<8x4x256x256xi1>)
    %491 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %492 = "stablehlo.reduce"(%490#0, %491) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg197: tensor<f32>, %arg198: tensor<f32>):
      %1247 = "stablehlo.maximum"(%arg197, %arg198) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1247) : (tensor<f32>) -> ()
    }) : (tensor<8x4x256x256xf32>, tensor<f32>) -> tensor<8x4x256xf32>
    %493 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %494 = "stablehlo.broadcast_in_dim"(%493) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x256xf32>
    %495 = "stablehlo.maximum"(%494, %492) : (tensor<8x4x256xf32>, tensor<8x4x256xf32>) -> tensor<8x4x256xf32>
    %496 = "stablehlo.broadcast_in_dim"(%495) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x4x256xf32>) -> tensor<8x4x256x1xf32>
    %497 = "stablehlo.broadcast_in_dim"(%496) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x256x1xf32>) -> tensor<8x4x256x256xf32>
    %498 = "stablehlo.subtract"(%490#0, %497) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %499 = "stablehlo.exponential"(%498) : (tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %500 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %501 = "stablehlo.reduce"(%499, %500) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg195: tensor<f32>, %arg196: tensor<f32>):
      %1246 = "stablehlo.add"(%arg195, %arg196) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1246) : (tensor<f32>) -> ()
    }) : (tensor<8x4x256x256xf32>, tensor<f32>) -> tensor<8x4x256xf32>
    %502 = "stablehlo.broadcast_in_dim"(%501) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x4x256xf32>) -> tensor<8x4x256x1xf32>
    %503 = "stablehlo.broadcast_in_dim"(%502) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x256x1xf32>) -> tensor<8x4x256x256xf32>
    %504 = "stablehlo.divide"(%499, %503) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %505 = "stablehlo.multiply"(%502, %502) : (tensor<8x4x256x1xf32>, tensor<8x4x256x1xf32>) -> tensor<8x4x256x1xf32>
    %506 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %507 = "stablehlo.broadcast_in_dim"(%506) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x256x1xf32>
    %508 = "stablehlo.divide"(%507, %505) : (tensor<8x4x256x1xf32>, tensor<8x4x256x1xf32>) -> tensor<8x4x256x1xf32>
    %509 = "stablehlo.dot_general"(%504, %480) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x256xf32>, tensor<8x4x256x32xf32>) -> tensor<8x4x256x32xf32>
    %510 = "stablehlo.transpose"(%509) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x256x32xf32>) -> tensor<8x256x4x32xf32>
    %511 = "stablehlo.reshape"(%510) : (tensor<8x256x4x32xf32>) -> tensor<8x256x128xf32>
    %512 = "stablehlo.dot_general"(%511, %arg36) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<128x128xf32>) -> tensor<8x256x128xf32>
    %513 = "stablehlo.add"(%434, %512) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %514 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %515 = "stablehlo.reduce"(%513, %514) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg193: tensor<f32>, %arg194: tensor<f32>):
      %1245 = "stablehlo.add"(%arg193, %arg194) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1245) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %516 = "stablehlo.broadcast_in_dim"(%515) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %517 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %518 = "stablehlo.broadcast_in_dim"(%517) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %519 = "stablehlo.divide"(%516, %518) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %520 = "stablehlo.broadcast_in_dim"(%519) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %521 = "stablehlo.subtract"(%513, %520) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %522 = "stablehlo.multiply"(%521, %521) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %523 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %524 = "stablehlo.broadcast_in_dim"(%523) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x128xf32>
    %525 = "stablehlo.multiply"(%524, %521) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %526 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %527 = "stablehlo.reduce"(%522, %526) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg191: tensor<f32>, %arg192: tensor<f32>):
      %1244 = "stablehlo.add"(%arg191, %arg192) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1244) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %528 = "stablehlo.broadcast_in_dim"(%527) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %529 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %530 = "stablehlo.broadcast_in_dim"(%529) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %531 = "stablehlo.divide"(%528, %530) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %532 = "stablehlo.broadcast_in_dim"(%519) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %533 = "stablehlo.subtract"(%513, %532) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %534 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %535 = "stablehlo.broadcast_in_dim"(%534) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %536 = "stablehlo.add"(%531, %535) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %537 = "stablehlo.rsqrt"(%536) : (tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %538 = "stablehlo.divide"(%537, %536) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %539 = "stablehlo.constant"() <{value = dense<-5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %540 = "stablehlo.broadcast_in_dim"(%539) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %541 = "stablehlo.multiply"(%540, %538) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %542 = "stablehlo.broadcast_in_dim"(%537) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %543 = "stablehlo.multiply"(%533, %542) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %544 = "stablehlo.broadcast_in_dim"(%arg33) <{broadcast_dimensions = array<i64: 2>}> : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %545 = "stablehlo.broadcast_in_dim"(%544) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xf32>) -> tensor<8x256x128xf32>
    %546 = "stablehlo.multiply"(%543, %545) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %547 = "stablehlo.broadcast_in_dim"(%arg31) <{broadcast_dimensions = array<i64: 2>}> : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %548 = "stablehlo.broadcast_in_dim"(%547) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xf32>) -> tensor<8x256x128xf32>
    %549 = "stablehlo.add"(%546, %548) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %550 = "stablehlo.dot_general"(%549, %arg34) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<128x512xf32>) -> tensor<8x256x512xf32>
    %551 = "stablehlo.multiply"(%550, %550) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %552 = "stablehlo.multiply"(%551, %550) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %553 = "stablehlo.multiply"(%550, %550) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %554 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %555 = "stablehlo.broadcast_in_dim"(%554) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %556 = "stablehlo.multiply"(%555, %553) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %557 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %558 = "stablehlo.broadcast_in_dim"(%557) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %559 = "stablehlo.multiply"(%558, %552) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %560 = "stablehlo.add"(%550, %559) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %561 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %562 = "stablehlo.broadcast_in_dim"(%561) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %563 = "stablehlo.multiply"(%562, %560) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %564 = "stablehlo.tanh"(%563) : (tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %565 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %566 = "stablehlo.broadcast_in_dim"(%565) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %567 = "stablehlo.subtract"(%566, %564) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %568 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %569 = "stablehlo.broadcast_in_dim"(%568) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %570 = "stablehlo.add"(%569, %564) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %571 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %572 = "stablehlo.broadcast_in_dim"(%571) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %573 = "stablehlo.multiply"(%572, %570) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %574 = "stablehlo.multiply"(%550, %573) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %575 = "stablehlo.dot_general"(%574, %arg35) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x512xf32>, tensor<512x128xf32>) -> tensor<8x256x128xf32>
    %576 = "stablehlo.add"(%513, %575) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %577 = "stablehlo.multiply"(%576, %576) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %578 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %579 = "stablehlo.broadcast_in_dim"(%578) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x128xf32>
    %580 = "stablehlo.multiply"(%579, %576) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %581 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %582 = "stablehlo.reduce"(%577, %581) <{dimensions = array<i64: 0, 1, 2>}> ({
    ^bb0(%arg189: tensor<f32>, %arg190: tensor<f32>):
      %1243 = "stablehlo.add"(%arg189, %arg190) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1243) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<f32>
    %583 = "stablehlo.constant"() <{value = dense<2.621440e+05> : tensor<f32>}> : () -> tensor<f32>
    %584 = "stablehlo.divide"(%582, %583) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %585 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %586 = "stablehlo.constant"() <{value = dense<2.621440e+05> : tensor<f32>}> : () -> tensor<f32>
    %587 = "stablehlo.divide"(%585, %586) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %588 = "stablehlo.broadcast_in_dim"(%587) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x128xf32>
    %589 = "stablehlo.multiply"(%588, %580) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %590 = "stablehlo.dot_general"(%589, %574) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<8x256x512xf32>) -> tensor<128x512xf32>
    %591 = "stablehlo.transpose"(%590) <{permutation = array<i64: 1, 0>}> : (tensor<128x512xf32>) -> tensor<512x128xf32>
    %592 = "stablehlo.dot_general"(%589, %arg35) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<512x128xf32>) -> tensor<8x256x512xf32>
    %593 = "stablehlo.multiply"(%550, %592) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %594 = "stablehlo.multiply"(%592, %573) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %595 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %596 = "stablehlo.broadcast_in_dim"(%595) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %597 = "stablehlo.multiply"(%596, %593) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %598 = "stablehlo.multiply"(%597, %567) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %599 = "stablehlo.multiply"(%598, %564) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %600 = "stablehlo.add"(%598, %599) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %601 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %602 = "stablehlo.broadcast_in_dim"(%601) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %603 = "stablehlo.multiply"(%602, %600) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %604 = "stablehlo.add"(%594, %603) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %605 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %606 = "stablehlo.broadcast_in_dim"(%605) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %607 = "stablehlo.multiply"(%606, %603) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %608 = "stablehlo.multiply"(%607, %556) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %609 = "stablehlo.add"(%604, %608) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %610 = "stablehlo.dot_general"(%609, %549) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x512xf32>, tensor<8x256x128xf32>) -> tensor<512x128xf32>
    %611 = "stablehlo.transpose"(%610) <{permutation = array<i64: 1, 0>}> : (tensor<512x128xf32>) -> tensor<128x512xf32>
    %612 = "stablehlo.dot_general"(%609, %arg34) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x512xf32>, tensor<128x512xf32>) -> tensor<8x256x128xf32>
    %613 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %614 = "stablehlo.reduce"(%612, %613) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg187: tensor<f32>, %arg188: tensor<f32>):
      %1242 = "stablehlo.add"(%arg187, %arg188) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1242) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<128xf32>
    %615 = "stablehlo.reshape"(%614) : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %616 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %617 = "stablehlo.reduce"(%615, %616) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg185: tensor<f32>, %arg186: tensor<f32>):
      %1241 = "stablehlo.add"(%arg185, %arg186) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1241) : (tensor<f32>) -> ()
    }) : (tensor<1x1x128xf32>, tensor<f32>) -> tensor<128xf32>
    %618 = "stablehlo.multiply"(%543, %612) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %619 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %620 = "stablehlo.reduce"(%618, %619) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg183: tensor<f32>, %arg184: tensor<f32>):
      %1240 = "stablehlo.add"(%arg183, %arg184) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1240) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<128xf32>
    %621 = "stablehlo.reshape"(%620) : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %622 = "stablehlo.broadcast_in_dim"(%544) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xf32>) -> tensor<8x256x128xf32>
    %623 = "stablehlo.multiply"(%612, %622) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %624 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %625 = "stablehlo.reduce"(%621, %624) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg181: tensor<f32>, %arg182: tensor<f32>):
      %1239 = "stablehlo.add"(%arg181, %arg182) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1239) : (tensor<f32>) -> ()
    }) : (tensor<1x1x128xf32>, tensor<f32>) -> tensor<128xf32>
    %626 = "stablehlo.multiply"(%533, %623) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %627 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %628 = "stablehlo.reduce"(%626, %627) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg179: tensor<f32>, %arg180: tensor<f32>):
      %1238 = "stablehlo.add"(%arg179, %arg180) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1238) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %629 = "stablehlo.reshape"(%628) : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %630 = "stablehlo.broadcast_in_dim"(%537) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %631 = "stablehlo.multiply"(%623, %630) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %632 = "stablehlo.multiply"(%629, %541) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %633 = "stablehlo.negate"(%631) : (tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %634 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %635 = "stablehlo.reduce"(%633, %634) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg177: tensor<f32>, %arg178: tensor<f32>):
      %1237 = "stablehlo.add"(%arg177, %arg178) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1237) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %636 = "stablehlo.reshape"(%635) : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %637 = "stablehlo.add"(%589, %631) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %638 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %639 = "stablehlo.broadcast_in_dim"(%638) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %640 = "stablehlo.divide"(%632, %639) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %641 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %642 = "stablehlo.reduce"(%640, %641) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg175: tensor<f32>, %arg176: tensor<f32>):
      %1236 = "stablehlo.add"(%arg175, %arg176) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1236) : (tensor<f32>) -> ()
    }) : (tensor<8x256x1xf32>, tensor<f32>) -> tensor<8x256xf32>
    %643 = "stablehlo.broadcast_in_dim"(%642) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x128xf32>
    %644 = "stablehlo.multiply"(%643, %525) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %645 = "stablehlo.negate"(%644) : (tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %646 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %647 = "stablehlo.reduce"(%645, %646) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg173: tensor<f32>, %arg174: tensor<f32>):
      %1235 = "stablehlo.add"(%arg173, %arg174) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1235) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %648 = "stablehlo.reshape"(%647) : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %649 = "stablehlo.add"(%637, %644) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %650 = "stablehlo.add"(%636, %648) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %651 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %652 = "stablehlo.broadcast_in_dim"(%651) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %653 = "stablehlo.divide"(%650, %652) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %654 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %655 = "stablehlo.reduce"(%653, %654) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg171: tensor<f32>, %arg172: tensor<f32>):
      %1234 = "stablehlo.add"(%arg171, %arg172) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1234) : (tensor<f32>) -> ()
    }) : (tensor<8x256x1xf32>, tensor<f32>) -> tensor<8x256xf32>
    %656 = "stablehlo.broadcast_in_dim"(%655) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x128xf32>
    %657 = "stablehlo.add"(%649, %656) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %658 = "stablehlo.dot_general"(%657, %511) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<128x128xf32>
    %659 = "stablehlo.transpose"(%658) <{permutation = array<i64: 1, 0>}> : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %660 = "stablehlo.dot_general"(%657, %arg36) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<128x128xf32>) -> tensor<8x256x128xf32>
    %661 = "stablehlo.reshape"(%660) : (tensor<8x256x128xf32>) -> tensor<8x256x4x32xf32>
    %662 = "stablehlo.transpose"(%661) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x256x4x32xf32>) -> tensor<8x4x256x32xf32>
    %663 = "stablehlo.dot_general"(%662, %504) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x32xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x32x256xf32>
    %664 = "stablehlo.transpose"(%663) <{permutation = array<i64: 0, 1, 3, 2>}> : (tensor<8x4x32x256xf32>) -> tensor<8x4x256x32xf32>
    %665 = "stablehlo.dot_general"(%662, %480) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x32xf32>, tensor<8x4x256x32xf32>) -> tensor<8x4x256x256xf32>
    %666 = "stablehlo.broadcast_in_dim"(%508) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x256x1xf32>) -> tensor<8x4x256x256xf32>
    %667 = "stablehlo.multiply"(%665, %666) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %668 = "stablehlo.multiply"(%667, %499) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %669 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %670 = "stablehlo.reduce"(%668, %669) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg169: tensor<f32>, %arg170: tensor<f32>):
      %1233 = "stablehlo.add"(%arg169, %arg170) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1233) : (tensor<f32>) -> ()
    }) : (tensor<8x4x256x256xf32>, tensor<f32>) -> tensor<8x4x256xf32>
    %671 = "stablehlo.reshape"(%670) : (tensor<8x4x256xf32>) -> tensor<8x4x256x1xf32>
    %672 = "stablehlo.negate"(%671) : (tensor<8x4x256x1xf32>) -> tensor<8x4x256x1xf32>
    %673 = "stablehlo.broadcast_in_dim"(%502) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x256x1xf32>) -> tensor<8x4x256x256xf32>
    %674 = "stablehlo.divide"(%665, %673) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %675 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %676 = "stablehlo.reduce"(%672, %675) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg167: tensor<f32>, %arg168: tensor<f32>):
      %1232 = "stablehlo.add"(%arg167, %arg168) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1232) : (tensor<f32>) -> ()
    }) : (tensor<8x4x256x1xf32>, tensor<f32>) -> tensor<8x4x256xf32>
    %677 = "stablehlo.broadcast_in_dim"(%676) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x4x256xf32>) -> tensor<8x4x256x256xf32>
    %678 = "stablehlo.add"(%674, %677) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %679 = "stablehlo.multiply"(%678, %499) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %680 = "func.call"(%490#1, %679) <{callee = @_where_0}> : (tensor<8x4x256x256xi1>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %681 = "stablehlo.constant"() <{value = dense<5.65685415> : tensor<f32>}> : () -> tensor<f32>
    %682 = "stablehlo.broadcast_in_dim"(%681) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x256x256xf32>
    %683 = "stablehlo.divide"(%680, %682) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %684 = "stablehlo.dot_general"(%683, %476) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x256xf32>, tensor<8x4x256x32xf32>) -> tensor<8x4x256x32xf32>
    %685 = "stablehlo.transpose"(%684) <{permutation = array<i64: 0, 1, 3, 2>}> : (tensor<8x4x256x32xf32>) -> tensor<8x4x32x256xf32>
    %686 = "stablehlo.dot_general"(%683, %484) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x256xf32>, tensor<8x4x32x256xf32>) -> tensor<8x4x256x32xf32>
    %687 = "stablehlo.transpose"(%685) <{permutation = array<i64: 0, 1, 3, 2>}> : (tensor<8x4x32x256xf32>) -> tensor<8x4x256x32xf32>
    %688 = "stablehlo.transpose"(%664) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x256x32xf32>) -> tensor<8x256x4x32xf32>
    %689 = "stablehlo.reshape"(%688) : (tensor<8x256x4x32xf32>) -> tensor<8x256x128xf32>
    %690 = "stablehlo.transpose"(%687) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x256x32xf32>) -> tensor<8x256x4x32xf32>
    %691 = "stablehlo.reshape"(%690) : (tensor<8x256x4x32xf32>) -> tensor<8x256x128xf32>
    %692 = "stablehlo.transpose"(%686) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x256x32xf32>) -> tensor<8x256x4x32xf32>
    %693 = "stablehlo.reshape"(%692) : (tensor<8x256x4x32xf32>) -> tensor<8x256x128xf32>
    %694 = "stablehlo.concatenate"(%693, %691, %689) <{dimension = 2 : i64}> : (tensor<8x256x128xf32>, tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x384xf32>
    %695 = "stablehlo.dot_general"(%694, %470) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x384xf32>, tensor<8x256x128xf32>) -> tensor<384x128xf32>
    %696 = "stablehlo.transpose"(%695) <{permutation = array<i64: 1, 0>}> : (tensor<384x128xf32>) -> tensor<128x384xf32>
    %697 = "stablehlo.dot_general"(%694, %arg37) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x384xf32>, tensor<128x384xf32>) -> tensor<8x256x128xf32>
    %698 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %699 = "stablehlo.reduce"(%697, %698) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg165: tensor<f32>, %arg166: tensor<f32>):
      %1231 = "stablehlo.add"(%arg165, %arg166) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1231) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<128xf32>
    %700 = "stablehlo.reshape"(%699) : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %701 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %702 = "stablehlo.reduce"(%700, %701) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg163: tensor<f32>, %arg164: tensor<f32>):
      %1230 = "stablehlo.add"(%arg163, %arg164) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1230) : (tensor<f32>) -> ()
    }) : (tensor<1x1x128xf32>, tensor<f32>) -> tensor<128xf32>
    %703 = "stablehlo.multiply"(%464, %697) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %704 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %705 = "stablehlo.reduce"(%703, %704) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg161: tensor<f32>, %arg162: tensor<f32>):
      %1229 = "stablehlo.add"(%arg161, %arg162) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1229) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<128xf32>
    %706 = "stablehlo.reshape"(%705) : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %707 = "stablehlo.broadcast_in_dim"(%465) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xf32>) -> tensor<8x256x128xf32>
    %708 = "stablehlo.multiply"(%697, %707) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %709 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %710 = "stablehlo.reduce"(%706, %709) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg159: tensor<f32>, %arg160: tensor<f32>):
      %1228 = "stablehlo.add"(%arg159, %arg160) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1228) : (tensor<f32>) -> ()
    }) : (tensor<1x1x128xf32>, tensor<f32>) -> tensor<128xf32>
    %711 = "stablehlo.multiply"(%454, %708) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %712 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %713 = "stablehlo.reduce"(%711, %712) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg157: tensor<f32>, %arg158: tensor<f32>):
      %1227 = "stablehlo.add"(%arg157, %arg158) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1227) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %714 = "stablehlo.reshape"(%713) : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %715 = "stablehlo.broadcast_in_dim"(%458) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %716 = "stablehlo.multiply"(%708, %715) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %717 = "stablehlo.multiply"(%714, %462) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %718 = "stablehlo.negate"(%716) : (tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %719 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %720 = "stablehlo.reduce"(%718, %719) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg155: tensor<f32>, %arg156: tensor<f32>):
      %1226 = "stablehlo.add"(%arg155, %arg156) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1226) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %721 = "stablehlo.reshape"(%720) : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %722 = "stablehlo.add"(%657, %716) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %723 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %724 = "stablehlo.broadcast_in_dim"(%723) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %725 = "stablehlo.divide"(%717, %724) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %726 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %727 = "stablehlo.reduce"(%725, %726) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg153: tensor<f32>, %arg154: tensor<f32>):
      %1225 = "stablehlo.add"(%arg153, %arg154) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1225) : (tensor<f32>) -> ()
    }) : (tensor<8x256x1xf32>, tensor<f32>) -> tensor<8x256xf32>
    %728 = "stablehlo.broadcast_in_dim"(%727) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x128xf32>
    %729 = "stablehlo.multiply"(%728, %446) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %730 = "stablehlo.negate"(%729) : (tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %731 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %732 = "stablehlo.reduce"(%730, %731) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg151: tensor<f32>, %arg152: tensor<f32>):
      %1224 = "stablehlo.add"(%arg151, %arg152) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1224) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %733 = "stablehlo.reshape"(%732) : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %734 = "stablehlo.add"(%722, %729) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %735 = "stablehlo.add"(%721, %733) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %736 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %737 = "stablehlo.broadcast_in_dim"(%736) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %738 = "stablehlo.divide"(%735, %737) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %739 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %740 = "stablehlo.reduce"(%738, %739) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg149: tensor<f32>, %arg150: tensor<f32>):
      %1223 = "stablehlo.add"(%arg149, %arg150) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1223) : (tensor<f32>) -> ()
    }) : (tensor<8x256x1xf32>, tensor<f32>) -> tensor<8x256xf32>
    %741 = "stablehlo.broadcast_in_dim"(%740) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x128xf32>
    %742 = "stablehlo.add"(%734, %741) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %743 = "stablehlo.dot_general"(%742, %432) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<8x256x512xf32>) -> tensor<128x512xf32>
    %744 = "stablehlo.transpose"(%743) <{permutation = array<i64: 1, 0>}> : (tensor<128x512xf32>) -> tensor<512x128xf32>
    %745 = "stablehlo.dot_general"(%742, %arg27) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<512x128xf32>) -> tensor<8x256x512xf32>
    %746 = "stablehlo.multiply"(%408, %745) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %747 = "stablehlo.multiply"(%745, %431) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %748 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %749 = "stablehlo.broadcast_in_dim"(%748) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %750 = "stablehlo.multiply"(%749, %746) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %751 = "stablehlo.multiply"(%750, %425) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %752 = "stablehlo.multiply"(%751, %422) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %753 = "stablehlo.add"(%751, %752) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %754 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %755 = "stablehlo.broadcast_in_dim"(%754) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %756 = "stablehlo.multiply"(%755, %753) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %757 = "stablehlo.add"(%747, %756) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %758 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %759 = "stablehlo.broadcast_in_dim"(%758) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %760 = "stablehlo.multiply"(%759, %756) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %761 = "stablehlo.multiply"(%760, %414) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %762 = "stablehlo.add"(%757, %761) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %763 = "stablehlo.dot_general"(%762, %407) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x512xf32>, tensor<8x256x128xf32>) -> tensor<512x128xf32>
    %764 = "stablehlo.transpose"(%763) <{permutation = array<i64: 1, 0>}> : (tensor<512x128xf32>) -> tensor<128x512xf32>
    %765 = "stablehlo.dot_general"(%762, %arg26) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x512xf32>, tensor<128x512xf32>) -> tensor<8x256x128xf32>
    %766 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %767 = "stablehlo.reduce"(%765, %766) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg147: tensor<f32>, %arg148: tensor<f32>):
      %1222 = "stablehlo.add"(%arg147, %arg148) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1222) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<128xf32>
    %768 = "stablehlo.reshape"(%767) : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %769 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %770 = "stablehlo.reduce"(%768, %769) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg145: tensor<f32>, %arg146: tensor<f32>):
      %1221 = "stablehlo.add"(%arg145, %arg146) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1221) : (tensor<f32>) -> ()
    }) : (tensor<1x1x128xf32>, tensor<f32>) -> tensor<128xf32>
    %771 = "stablehlo.multiply"(%401, %765) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %772 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %773 = "stablehlo.reduce"(%771, %772) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg143: tensor<f32>, %arg144: tensor<f32>):
      %1220 = "stablehlo.add"(%arg143, %arg144) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1220) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<128xf32>
    %774 = "stablehlo.reshape"(%773) : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %775 = "stablehlo.broadcast_in_dim"(%402) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xf32>) -> tensor<8x256x128xf32>
    %776 = "stablehlo.multiply"(%765, %775) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %777 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %778 = "stablehlo.reduce"(%774, %777) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg141: tensor<f32>, %arg142: tensor<f32>):
      %1219 = "stablehlo.add"(%arg141, %arg142) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1219) : (tensor<f32>) -> ()
    }) : (tensor<1x1x128xf32>, tensor<f32>) -> tensor<128xf32>
    %779 = "stablehlo.multiply"(%391, %776) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %780 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %781 = "stablehlo.reduce"(%779, %780) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg139: tensor<f32>, %arg140: tensor<f32>):
      %1218 = "stablehlo.add"(%arg139, %arg140) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1218) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %782 = "stablehlo.reshape"(%781) : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %783 = "stablehlo.broadcast_in_dim"(%395) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %784 = "stablehlo.multiply"(%776, %783) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %785 = "stablehlo.multiply"(%782, %399) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %786 = "stablehlo.negate"(%784) : (tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %787 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %788 = "stablehlo.reduce"(%786, %787) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg137: tensor<f32>, %arg138: tensor<f32>):
      %1217 = "stablehlo.add"(%arg137, %arg138) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1217) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %789 = "stablehlo.reshape"(%788) : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %790 = "stablehlo.add"(%742, %784) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %791 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %792 = "stablehlo.broadcast_in_dim"(%791) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %793 = "stablehlo.divide"(%785, %792) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %794 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %795 = "stablehlo.reduce"(%793, %794) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg135: tensor<f32>, %arg136: tensor<f32>):
      %1216 = "stablehlo.add"(%arg135, %arg136) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1216) : (tensor<f32>) -> ()
    }) : (tensor<8x256x1xf32>, tensor<f32>) -> tensor<8x256xf32>
    %796 = "stablehlo.broadcast_in_dim"(%795) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x128xf32>
    %797 = "stablehlo.multiply"(%796, %383) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %798 = "stablehlo.negate"(%797) : (tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %799 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %800 = "stablehlo.reduce"(%798, %799) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg133: tensor<f32>, %arg134: tensor<f32>):
      %1215 = "stablehlo.add"(%arg133, %arg134) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1215) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %801 = "stablehlo.reshape"(%800) : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %802 = "stablehlo.add"(%790, %797) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %803 = "stablehlo.add"(%789, %801) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %804 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %805 = "stablehlo.broadcast_in_dim"(%804) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %806 = "stablehlo.divide"(%803, %805) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %807 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %808 = "stablehlo.reduce"(%806, %807) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg131: tensor<f32>, %arg132: tensor<f32>):
      %1214 = "stablehlo.add"(%arg131, %arg132) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1214) : (tensor<f32>) -> ()
    }) : (tensor<8x256x1xf32>, tensor<f32>) -> tensor<8x256xf32>
    %809 = "stablehlo.broadcast_in_dim"(%808) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x128xf32>
    %810 = "stablehlo.add"(%802, %809) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %811 = "stablehlo.dot_general"(%810, %369) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<128x128xf32>
    %812 = "stablehlo.transpose"(%811) <{permutation = array<i64: 1, 0>}> : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %813 = "stablehlo.dot_general"(%810, %arg28) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<128x128xf32>) -> tensor<8x256x128xf32>
    %814 = "stablehlo.reshape"(%813) : (tensor<8x256x128xf32>) -> tensor<8x256x4x32xf32>
    %815 = "stablehlo.transpose"(%814) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x256x4x32xf32>) -> tensor<8x4x256x32xf32>
    %816 = "stablehlo.dot_general"(%815, %362) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x32xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x32x256xf32>
    %817 = "stablehlo.transpose"(%816) <{permutation = array<i64: 0, 1, 3, 2>}> : (tensor<8x4x32x256xf32>) -> tensor<8x4x256x32xf32>
    %818 = "stablehlo.dot_general"(%815, %338) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x32xf32>, tensor<8x4x256x32xf32>) -> tensor<8x4x256x256xf32>
    %819 = "stablehlo.broadcast_in_dim"(%366) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x256x1xf32>) -> tensor<8x4x256x256xf32>
    %820 = "stablehlo.multiply"(%818, %819) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %821 = "stablehlo.multiply"(%820, %357) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %822 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %823 = "stablehlo.reduce"(%821, %822) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg129: tensor<f32>, %arg130: tensor<f32>):
      %1213 = "stablehlo.add"(%arg129, %arg130) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1213) : (tensor<f32>) -> ()
    }) : (tensor<8x4x256x256xf32>, tensor<f32>) -> tensor<8x4x256xf32>
    %824 = "stablehlo.reshape"(%823) : (tensor<8x4x256xf32>) -> tensor<8x4x256x1xf32>
    %825 = "stablehlo.negate"(%824) : (tensor<8x4x256x1xf32>) -> tensor<8x4x256x1xf32>
    %826 = "stablehlo.broadcast_in_dim"(%360) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x256x1xf32>) -> tensor<8x4x256x256xf32>
    %827 = "stablehlo.divide"(%818, %826) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %828 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %829 = "stablehlo.reduce"(%825, %828) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg127: tensor<f32>, %arg128: tensor<f32>):
      %1212 = "stablehlo.add"(%arg127, %arg128) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1212) : (tensor<f32>) -> ()
    }) : (tensor<8x4x256x1xf32>, tensor<f32>) -> tensor<8x4x256xf32>
    %830 = "stablehlo.broadcast_in_dim"(%829) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x4x256xf32>) -> tensor<8x4x256x256xf32>
    %831 = "stablehlo.add"(%827, %830) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %832 = "stablehlo.multiply"(%831, %357) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %833 = "func.call"(%348#1, %832) <{callee = @_where_0}> : (tensor<8x4x256x256xi1>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %834 = "stablehlo.constant"() <{value = dense<5.65685415> : tensor<f32>}> : () -> tensor<f32>
    %835 = "stablehlo.broadcast_in_dim"(%834) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x256x256xf32>
    %836 = "stablehlo.divide"(%833, %835) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %837 = "stablehlo.dot_general"(%836, %334) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x256xf32>, tensor<8x4x256x32xf32>) -> tensor<8x4x256x32xf32>
    %838 = "stablehlo.transpose"(%837) <{permutation = array<i64: 0, 1, 3, 2>}> : (tensor<8x4x256x32xf32>) -> tensor<8x4x32x256xf32>
    %839 = "stablehlo.dot_general"(%836, %342) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x256xf32>, tensor<8x4x32x256xf32>) -> tensor<8x4x256x32xf32>
    %840 = "stablehlo.transpose"(%838) <{permutation = array<i64: 0, 1, 3, 2>}> : (tensor<8x4x32x256xf32>) -> tensor<8x4x256x32xf32>
    %841 = "stablehlo.transpose"(%817) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x256x32xf32>) -> tensor<8x256x4x32xf32>
    %842 = "stablehlo.reshape"(%841) : (tensor<8x256x4x32xf32>) -> tensor<8x256x128xf32>
    %843 = "stablehlo.transpose"(%840) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x256x32xf32>) -> tensor<8x256x4x32xf32>
    %844 = "stablehlo.reshape"(%843) : (tensor<8x256x4x32xf32>) -> tensor<8x256x128xf32>
    %845 = "stablehlo.transpose"(%839) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x256x32xf32>) -> tensor<8x256x4x32xf32>
    %846 = "stablehlo.reshape"(%845) : (tensor<8x256x4x32xf32>) -> tensor<8x256x128xf32>
    %847 = "stablehlo.concatenate"(%846, %844, %842) <{dimension = 2 : i64}> : (tensor<8x256x128xf32>, tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x384xf32>
    %848 = "stablehlo.dot_general"(%847, %328) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x384xf32>, tensor<8x256x128xf32>) -> tensor<384x128xf32>
    %849 = "stablehlo.transpose"(%848) <{permutation = array<i64: 1, 0>}> : (tensor<384x128xf32>) -> tensor<128x384xf32>
    %850 = "stablehlo.dot_general"(%847, %arg29) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x384xf32>, tensor<128x384xf32>) -> tensor<8x256x128xf32>
    %851 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %852 = "stablehlo.reduce"(%850, %851) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg125: tensor<f32>, %arg126: tensor<f32>):
      %1211 = "stablehlo.add"(%arg125, %arg126) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1211) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<128xf32>
    %853 = "stablehlo.reshape"(%852) : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %854 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %855 = "stablehlo.reduce"(%853, %854) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg123: tensor<f32>, %arg124: tensor<f32>):
      %1210 = "stablehlo.add"(%arg123, %arg124) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1210) : (tensor<f32>) -> ()
    }) : (tensor<1x1x128xf32>, tensor<f32>) -> tensor<128xf32>
    %856 = "stablehlo.multiply"(%322, %850) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %857 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %858 = "stablehlo.reduce"(%856, %857) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg121: tensor<f32>, %arg122: tensor<f32>):
      %1209 = "stablehlo.add"(%arg121, %arg122) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1209) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<128xf32>
    %859 = "stablehlo.reshape"(%858) : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %860 = "stablehlo.broadcast_in_dim"(%323) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xf32>) -> tensor<8x256x128xf32>
    %861 = "stablehlo.multiply"(%850, %860) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %862 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %863 = "stablehlo.reduce"(%859, %862) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg119: tensor<f32>, %arg120: tensor<f32>):
      %1208 = "stablehlo.add"(%arg119, %arg120) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1208) : (tensor<f32>) -> ()
    }) : (tensor<1x1x128xf32>, tensor<f32>) -> tensor<128xf32>
    %864 = "stablehlo.multiply"(%312, %861) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %865 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %866 = "stablehlo.reduce"(%864, %865) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg117: tensor<f32>, %arg118: tensor<f32>):
      %1207 = "stablehlo.add"(%arg117, %arg118) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1207) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %867 = "stablehlo.reshape"(%866) : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %868 = "stablehlo.broadcast_in_dim"(%316) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %869 = "stablehlo.multiply"(%861, %868) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %870 = "stablehlo.multiply"(%867, %320) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %871 = "stablehlo.negate"(%869) : (tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %872 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %873 = "stablehlo.reduce"(%871, %872) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg115: tensor<f32>, %arg116: tensor<f32>):
      %1206 = "stablehlo.add"(%arg115, %arg116) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1206) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %874 = "stablehlo.reshape"(%873) : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %875 = "stablehlo.add"(%810, %869) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %876 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %877 = "stablehlo.broadcast_in_dim"(%876) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %878 = "stablehlo.divide"(%870, %877) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %879 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %880 = "stablehlo.reduce"(%878, %879) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg113: tensor<f32>, %arg114: tensor<f32>):
      %1205 = "stablehlo.add"(%arg113, %arg114) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1205) : (tensor<f32>) -> ()
    }) : (tensor<8x256x1xf32>, tensor<f32>) -> tensor<8x256xf32>
    %881 = "stablehlo.broadcast_in_dim"(%880) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x128xf32>
    %882 = "stablehlo.multiply"(%881, %304) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %883 = "stablehlo.negate"(%882) : (tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %884 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %885 = "stablehlo.reduce"(%883, %884) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg111: tensor<f32>, %arg112: tensor<f32>):
      %1204 = "stablehlo.add"(%arg111, %arg112) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1204) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %886 = "stablehlo.reshape"(%885) : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %887 = "stablehlo.add"(%875, %882) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %888 = "stablehlo.add"(%874, %886) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %889 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %890 = "stablehlo.broadcast_in_dim"(%889) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %891 = "stablehlo.divide"(%888, %890) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %892 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %893 = "stablehlo.reduce"(%891, %892) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg109: tensor<f32>, %arg110: tensor<f32>):
      %1203 = "stablehlo.add"(%arg109, %arg110) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1203) : (tensor<f32>) -> ()
    }) : (tensor<8x256x1xf32>, tensor<f32>) -> tensor<8x256xf32>
    %894 = "stablehlo.broadcast_in_dim"(%893) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x128xf32>
    %895 = "stablehlo.add"(%887, %894) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %896 = "stablehlo.dot_general"(%895, %290) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<8x256x512xf32>) -> tensor<128x512xf32>
    %897 = "stablehlo.transpose"(%896) <{permutation = array<i64: 1, 0>}> : (tensor<128x512xf32>) -> tensor<512x128xf32>
    %898 = "stablehlo.dot_general"(%895, %arg19) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<512x128xf32>) -> tensor<8x256x512xf32>
    %899 = "stablehlo.multiply"(%266, %898) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %900 = "stablehlo.multiply"(%898, %289) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %901 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %902 = "stablehlo.broadcast_in_dim"(%901) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %903 = "stablehlo.multiply"(%902, %899) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %904 = "stablehlo.multiply"(%903, %283) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %905 = "stablehlo.multiply"(%904, %280) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %906 = "stablehlo.add"(%904, %905) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %907 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %908 = "stablehlo.broadcast_in_dim"(%907) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %909 = "stablehlo.multiply"(%908, %906) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %910 = "stablehlo.add"(%900, %909) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %911 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %912 = "stablehlo.broadcast_in_dim"(%911) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %913 = "stablehlo.multiply"(%912, %909) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %914 = "stablehlo.multiply"(%913, %272) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %915 = "stablehlo.add"(%910, %914) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %916 = "stablehlo.dot_general"(%915, %265) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x512xf32>, tensor<8x256x128xf32>) -> tensor<512x128xf32>
    %917 = "stablehlo.transpose"(%916) <{permutation = array<i64: 1, 0>}> : (tensor<512x128xf32>) -> tensor<128x512xf32>
    %918 = "stablehlo.dot_general"(%915, %arg18) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x512xf32>, tensor<128x512xf32>) -> tensor<8x256x128xf32>
    %919 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %920 = "stablehlo.reduce"(%918, %919) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg107: tensor<f32>, %arg108: tensor<f32>):
      %1202 = "stablehlo.add"(%arg107, %arg108) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1202) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<128xf32>
    %921 = "stablehlo.reshape"(%920) : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %922 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %923 = "stablehlo.reduce"(%921, %922) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg105: tensor<f32>, %arg106: tensor<f32>):
      %1201 = "stablehlo.add"(%arg105, %arg106) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1201) : (tensor<f32>) -> ()
    }) : (tensor<1x1x128xf32>, tensor<f32>) -> tensor<128xf32>
    %924 = "stablehlo.multiply"(%259, %918) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %925 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %926 = "stablehlo.reduce"(%924, %925) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg103: tensor<f32>, %arg104: tensor<f32>):
      %1200 = "stablehlo.add"(%arg103, %arg104) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1200) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<128xf32>
    %927 = "stablehlo.reshape"(%926) : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %928 = "stablehlo.broadcast_in_dim"(%260) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xf32>) -> tensor<8x256x128xf32>
    %929 = "stablehlo.multiply"(%918, %928) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %930 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %931 = "stablehlo.reduce"(%927, %930) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg101: tensor<f32>, %arg102: tensor<f32>):
      %1199 = "stablehlo.add"(%arg101, %arg102) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1199) : (tensor<f32>) -> ()
    }) : (tensor<1x1x128xf32>, tensor<f32>) -> tensor<128xf32>
    %932 = "stablehlo.multiply"(%249, %929) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %933 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %934 = "stablehlo.reduce"(%932, %933) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg99: tensor<f32>, %arg100: tensor<f32>):
      %1198 = "stablehlo.add"(%arg99, %arg100) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1198) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %935 = "stablehlo.reshape"(%934) : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %936 = "stablehlo.broadcast_in_dim"(%253) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %937 = "stablehlo.multiply"(%929, %936) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %938 = "stablehlo.multiply"(%935, %257) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %939 = "stablehlo.negate"(%937) : (tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %940 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %941 = "stablehlo.reduce"(%939, %940) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg97: tensor<f32>, %arg98: tensor<f32>):
      %1197 = "stablehlo.add"(%arg97, %arg98) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1197) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %942 = "stablehlo.reshape"(%941) : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %943 = "stablehlo.add"(%895, %937) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %944 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %945 = "stablehlo.broadcast_in_dim"(%944) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %946 = "stablehlo.divide"(%938, %945) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %947 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %948 = "stablehlo.reduce"(%946, %947) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg95: tensor<f32>, %arg96: tensor<f32>):
      %1196 = "stablehlo.add"(%arg95, %arg96) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1196) : (tensor<f32>) -> ()
    }) : (tensor<8x256x1xf32>, tensor<f32>) -> tensor<8x256xf32>
    %949 = "stablehlo.broadcast_in_dim"(%948) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x128xf32>
    %950 = "stablehlo.multiply"(%949, %241) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %951 = "stablehlo.negate"(%950) : (tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %952 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %953 = "stablehlo.reduce"(%951, %952) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg93: tensor<f32>, %arg94: tensor<f32>):
      %1195 = "stablehlo.add"(%arg93, %arg94) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1195) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %954 = "stablehlo.reshape"(%953) : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %955 = "stablehlo.add"(%943, %950) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %956 = "stablehlo.add"(%942, %954) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %957 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %958 = "stablehlo.broadcast_in_dim"(%957) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %959 = "stablehlo.divide"(%956, %958) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %960 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %961 = "stablehlo.reduce"(%959, %960) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg91: tensor<f32>, %arg92: tensor<f32>):
      %1194 = "stablehlo.add"(%arg91, %arg92) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1194) : (tensor<f32>) -> ()
    }) : (tensor<8x256x1xf32>, tensor<f32>) -> tensor<8x256xf32>
    %962 = "stablehlo.broadcast_in_dim"(%961) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x128xf32>
    %963 = "stablehlo.add"(%955, %962) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %964 = "stablehlo.dot_general"(%963, %227) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<128x128xf32>
    %965 = "stablehlo.transpose"(%964) <{permutation = array<i64: 1, 0>}> : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %966 = "stablehlo.dot_general"(%963, %arg20) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<128x128xf32>) -> tensor<8x256x128xf32>
    %967 = "stablehlo.reshape"(%966) : (tensor<8x256x128xf32>) -> tensor<8x256x4x32xf32>
    %968 = "stablehlo.transpose"(%967) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x256x4x32xf32>) -> tensor<8x4x256x32xf32>
    %969 = "stablehlo.dot_general"(%968, %220) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x32xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x32x256xf32>
    %970 = "stablehlo.transpose"(%969) <{permutation = array<i64: 0, 1, 3, 2>}> : (tensor<8x4x32x256xf32>) -> tensor<8x4x256x32xf32>
    %971 = "stablehlo.dot_general"(%968, %196) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x32xf32>, tensor<8x4x256x32xf32>) -> tensor<8x4x256x256xf32>
    %972 = "stablehlo.broadcast_in_dim"(%224) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x256x1xf32>) -> tensor<8x4x256x256xf32>
    %973 = "stablehlo.multiply"(%971, %972) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %974 = "stablehlo.multiply"(%973, %215) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %975 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %976 = "stablehlo.reduce"(%974, %975) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg89: tensor<f32>, %arg90: tensor<f32>):
      %1193 = "stablehlo.add"(%arg89, %arg90) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1193) : (tensor<f32>) -> ()
    }) : (tensor<8x4x256x256xf32>, tensor<f32>) -> tensor<8x4x256xf32>
    %977 = "stablehlo.reshape"(%976) : (tensor<8x4x256xf32>) -> tensor<8x4x256x1xf32>
    %978 = "stablehlo.negate"(%977) : (tensor<8x4x256x1xf32>) -> tensor<8x4x256x1xf32>
    %979 = "stablehlo.broadcast_in_dim"(%218) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x256x1xf32>) -> tensor<8x4x256x256xf32>
    %980 = "stablehlo.divide"(%971, %979) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %981 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %982 = "stablehlo.reduce"(%978, %981) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg87: tensor<f32>, %arg88: tensor<f32>):
      %1192 = "stablehlo.add"(%arg87, %arg88) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1192) : (tensor<f32>) -> ()
    }) : (tensor<8x4x256x1xf32>, tensor<f32>) -> tensor<8x4x256xf32>
    %983 = "stablehlo.broadcast_in_dim"(%982) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x4x256xf32>) -> tensor<8x4x256x256xf32>
    %984 = "stablehlo.add"(%980, %983) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %985 = "stablehlo.multiply"(%984, %215) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %986 = "func.call"(%206#1, %985) <{callee = @_where_0}> : (tensor<8x4x256x256xi1>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %987 = "stablehlo.constant"() <{value = dense<5.65685415> : tensor<f32>}> : () -> tensor<f32>
    %988 = "stablehlo.broadcast_in_dim"(%987) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x256x256xf32>
    %989 = "stablehlo.divide"(%986, %988) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %990 = "stablehlo.dot_general"(%989, %192) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x256xf32>, tensor<8x4x256x32xf32>) -> tensor<8x4x256x32xf32>
    %991 = "stablehlo.transpose"(%990) <{permutation = array<i64: 0, 1, 3, 2>}> : (tensor<8x4x256x32xf32>) -> tensor<8x4x32x256xf32>
    %992 = "stablehlo.dot_general"(%989, %200) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x256xf32>, tensor<8x4x32x256xf32>) -> tensor<8x4x256x32xf32>
    %993 = "stablehlo.transpose"(%991) <{permutation = array<i64: 0, 1, 3, 2>}> : (tensor<8x4x32x256xf32>) -> tensor<8x4x256x32xf32>
    %994 = "stablehlo.transpose"(%970) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x256x32xf32>) -> tensor<8x256x4x32xf32>
    %995 = "stablehlo.reshape"(%994) : (tensor<8x256x4x32xf32>) -> tensor<8x256x128xf32>
    %996 = "stablehlo.transpose"(%993) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x256x32xf32>) -> tensor<8x256x4x32xf32>
    %997 = "stablehlo.reshape"(%996) : (tensor<8x256x4x32xf32>) -> tensor<8x256x128xf32>
    %998 = "stablehlo.transpose"(%992) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x256x32xf32>) -> tensor<8x256x4x32xf32>
    %999 = "stablehlo.reshape"(%998) : (tensor<8x256x4x32xf32>) -> tensor<8x256x128xf32>
    %1000 = "stablehlo.concatenate"(%999, %997, %995) <{dimension = 2 : i64}> : (tensor<8x256x128xf32>, tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x384xf32>
    %1001 = "stablehlo.dot_general"(%1000, %186) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x384xf32>, tensor<8x256x128xf32>) -> tensor<384x128xf32>
    %1002 = "stablehlo.transpose"(%1001) <{permutation = array<i64: 1, 0>}> : (tensor<384x128xf32>) -> tensor<128x384xf32>
    %1003 = "stablehlo.dot_general"(%1000, %arg21) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x384xf32>, tensor<128x384xf32>) -> tensor<8x256x128xf32>
    %1004 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1005 = "stablehlo.reduce"(%1003, %1004) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg85: tensor<f32>, %arg86: tensor<f32>):
      %1191 = "stablehlo.add"(%arg85, %arg86) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1191) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1006 = "stablehlo.reshape"(%1005) : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %1007 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1008 = "stablehlo.reduce"(%1006, %1007) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg83: tensor<f32>, %arg84: tensor<f32>):
      %1190 = "stablehlo.add"(%arg83, %arg84) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1190) : (tensor<f32>) -> ()
    }) : (tensor<1x1x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1009 = "stablehlo.multiply"(%180, %1003) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %1010 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1011 = "stablehlo.reduce"(%1009, %1010) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg81: tensor<f32>, %arg82: tensor<f32>):
      %1189 = "stablehlo.add"(%arg81, %arg82) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1189) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1012 = "stablehlo.reshape"(%1011) : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %1013 = "stablehlo.broadcast_in_dim"(%181) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xf32>) -> tensor<8x256x128xf32>
    %1014 = "stablehlo.multiply"(%1003, %1013) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %1015 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1016 = "stablehlo.reduce"(%1012, %1015) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg79: tensor<f32>, %arg80: tensor<f32>):
      %1188 = "stablehlo.add"(%arg79, %arg80) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1188) : (tensor<f32>) -> ()
    }) : (tensor<1x1x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1017 = "stablehlo.multiply"(%170, %1014) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %1018 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1019 = "stablehlo.reduce"(%1017, %1018) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg77: tensor<f32>, %arg78: tensor<f32>):
      %1187 = "stablehlo.add"(%arg77, %arg78) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1187) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %1020 = "stablehlo.reshape"(%1019) : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %1021 = "stablehlo.broadcast_in_dim"(%174) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %1022 = "stablehlo.multiply"(%1014, %1021) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %1023 = "stablehlo.multiply"(%1020, %178) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %1024 = "stablehlo.negate"(%1022) : (tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %1025 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1026 = "stablehlo.reduce"(%1024, %1025) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg75: tensor<f32>, %arg76: tensor<f32>):
      %1186 = "stablehlo.add"(%arg75, %arg76) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1186) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %1027 = "stablehlo.reshape"(%1026) : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %1028 = "stablehlo.add"(%963, %1022) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %1029 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %1030 = "stablehlo.broadcast_in_dim"(%1029) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %1031 = "stablehlo.divide"(%1023, %1030) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %1032 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1033 = "stablehlo.reduce"(%1031, %1032) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg73: tensor<f32>, %arg74: tensor<f32>):
      %1185 = "stablehlo.add"(%arg73, %arg74) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1185) : (tensor<f32>) -> ()
    }) : (tensor<8x256x1xf32>, tensor<f32>) -> tensor<8x256xf32>
    %1034 = "stablehlo.broadcast_in_dim"(%1033) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x128xf32>
    %1035 = "stablehlo.multiply"(%1034, %162) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %1036 = "stablehlo.negate"(%1035) : (tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %1037 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1038 = "stablehlo.reduce"(%1036, %1037) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg71: tensor<f32>, %arg72: tensor<f32>):
      %1184 = "stablehlo.add"(%arg71, %arg72) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1184) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %1039 = "stablehlo.reshape"(%1038) : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %1040 = "stablehlo.add"(%1028, %1035) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %1041 = "stablehlo.add"(%1027, %1039) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %1042 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %1043 = "stablehlo.broadcast_in_dim"(%1042) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %1044 = "stablehlo.divide"(%1041, %1043) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %1045 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1046 = "stablehlo.reduce"(%1044, %1045) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg69: tensor<f32>, %arg70: tensor<f32>):
      %1183 = "stablehlo.add"(%arg69, %arg70) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1183) : (tensor<f32>) -> ()
    }) : (tensor<8x256x1xf32>, tensor<f32>) -> tensor<8x256xf32>
    %1047 = "stablehlo.broadcast_in_dim"(%1046) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x128xf32>
    %1048 = "stablehlo.add"(%1040, %1047) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %1049 = "stablehlo.dot_general"(%1048, %148) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<8x256x512xf32>) -> tensor<128x512xf32>
    %1050 = "stablehlo.transpose"(%1049) <{permutation = array<i64: 1, 0>}> : (tensor<128x512xf32>) -> tensor<512x128xf32>
    %1051 = "stablehlo.dot_general"(%1048, %arg11) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<512x128xf32>) -> tensor<8x256x512xf32>
    %1052 = "stablehlo.multiply"(%124, %1051) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %1053 = "stablehlo.multiply"(%1051, %147) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %1054 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1055 = "stablehlo.broadcast_in_dim"(%1054) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %1056 = "stablehlo.multiply"(%1055, %1052) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %1057 = "stablehlo.multiply"(%1056, %141) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %1058 = "stablehlo.multiply"(%1057, %138) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %1059 = "stablehlo.add"(%1057, %1058) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %1060 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %1061 = "stablehlo.broadcast_in_dim"(%1060) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %1062 = "stablehlo.multiply"(%1061, %1059) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %1063 = "stablehlo.add"(%1053, %1062) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %1064 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %1065 = "stablehlo.broadcast_in_dim"(%1064) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x512xf32>
    %1066 = "stablehlo.multiply"(%1065, %1062) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %1067 = "stablehlo.multiply"(%1066, %130) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %1068 = "stablehlo.add"(%1063, %1067) : (tensor<8x256x512xf32>, tensor<8x256x512xf32>) -> tensor<8x256x512xf32>
    %1069 = "stablehlo.dot_general"(%1068, %123) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x512xf32>, tensor<8x256x128xf32>) -> tensor<512x128xf32>
    %1070 = "stablehlo.transpose"(%1069) <{permutation = array<i64: 1, 0>}> : (tensor<512x128xf32>) -> tensor<128x512xf32>
    %1071 = "stablehlo.dot_general"(%1068, %arg10) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x512xf32>, tensor<128x512xf32>) -> tensor<8x256x128xf32>
    %1072 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1073 = "stablehlo.reduce"(%1071, %1072) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg67: tensor<f32>, %arg68: tensor<f32>):
      %1182 = "stablehlo.add"(%arg67, %arg68) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1182) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1074 = "stablehlo.reshape"(%1073) : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %1075 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1076 = "stablehlo.reduce"(%1074, %1075) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg65: tensor<f32>, %arg66: tensor<f32>):
      %1181 = "stablehlo.add"(%arg65, %arg66) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1181) : (tensor<f32>) -> ()
    }) : (tensor<1x1x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1077 = "stablehlo.multiply"(%117, %1071) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %1078 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1079 = "stablehlo.reduce"(%1077, %1078) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg63: tensor<f32>, %arg64: tensor<f32>):
      %1180 = "stablehlo.add"(%arg63, %arg64) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1180) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1080 = "stablehlo.reshape"(%1079) : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %1081 = "stablehlo.broadcast_in_dim"(%118) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xf32>) -> tensor<8x256x128xf32>
    %1082 = "stablehlo.multiply"(%1071, %1081) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %1083 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1084 = "stablehlo.reduce"(%1080, %1083) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg61: tensor<f32>, %arg62: tensor<f32>):
      %1179 = "stablehlo.add"(%arg61, %arg62) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1179) : (tensor<f32>) -> ()
    }) : (tensor<1x1x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1085 = "stablehlo.multiply"(%107, %1082) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %1086 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1087 = "stablehlo.reduce"(%1085, %1086) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg59: tensor<f32>, %arg60: tensor<f32>):
      %1178 = "stablehlo.add"(%arg59, %arg60) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1178) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %1088 = "stablehlo.reshape"(%1087) : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %1089 = "stablehlo.broadcast_in_dim"(%111) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x256x1xf32>) -> tensor<8x256x128xf32>
    %1090 = "stablehlo.multiply"(%1082, %1089) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %1091 = "stablehlo.multiply"(%1088, %115) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %1092 = "stablehlo.negate"(%1090) : (tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %1093 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1094 = "stablehlo.reduce"(%1092, %1093) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg57: tensor<f32>, %arg58: tensor<f32>):
      %1177 = "stablehlo.add"(%arg57, %arg58) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1177) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %1095 = "stablehlo.reshape"(%1094) : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %1096 = "stablehlo.add"(%1048, %1090) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %1097 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %1098 = "stablehlo.broadcast_in_dim"(%1097) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %1099 = "stablehlo.divide"(%1091, %1098) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %1100 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1101 = "stablehlo.reduce"(%1099, %1100) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg55: tensor<f32>, %arg56: tensor<f32>):
      %1176 = "stablehlo.add"(%arg55, %arg56) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1176) : (tensor<f32>) -> ()
    }) : (tensor<8x256x1xf32>, tensor<f32>) -> tensor<8x256xf32>
    %1102 = "stablehlo.broadcast_in_dim"(%1101) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x128xf32>
    %1103 = "stablehlo.multiply"(%1102, %99) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %1104 = "stablehlo.negate"(%1103) : (tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %1105 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1106 = "stablehlo.reduce"(%1104, %1105) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg53: tensor<f32>, %arg54: tensor<f32>):
      %1175 = "stablehlo.add"(%arg53, %arg54) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1175) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<8x256xf32>
    %1107 = "stablehlo.reshape"(%1106) : (tensor<8x256xf32>) -> tensor<8x256x1xf32>
    %1108 = "stablehlo.add"(%1096, %1103) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %1109 = "stablehlo.add"(%1095, %1107) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %1110 = "stablehlo.constant"() <{value = dense<1.280000e+02> : tensor<f32>}> : () -> tensor<f32>
    %1111 = "stablehlo.broadcast_in_dim"(%1110) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x256x1xf32>
    %1112 = "stablehlo.divide"(%1109, %1111) : (tensor<8x256x1xf32>, tensor<8x256x1xf32>) -> tensor<8x256x1xf32>
    %1113 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1114 = "stablehlo.reduce"(%1112, %1113) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg51: tensor<f32>, %arg52: tensor<f32>):
      %1174 = "stablehlo.add"(%arg51, %arg52) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1174) : (tensor<f32>) -> ()
    }) : (tensor<8x256x1xf32>, tensor<f32>) -> tensor<8x256xf32>
    %1115 = "stablehlo.broadcast_in_dim"(%1114) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x256xf32>) -> tensor<8x256x128xf32>
    %1116 = "stablehlo.add"(%1108, %1115) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %1117 = "stablehlo.dot_general"(%1116, %85) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<128x128xf32>
    %1118 = "stablehlo.transpose"(%1117) <{permutation = array<i64: 1, 0>}> : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %1119 = "stablehlo.dot_general"(%1116, %arg12) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x128xf32>, tensor<128x128xf32>) -> tensor<8x256x128xf32>
    %1120 = "stablehlo.reshape"(%1119) : (tensor<8x256x128xf32>) -> tensor<8x256x4x32xf32>
    %1121 = "stablehlo.transpose"(%1120) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x256x4x32xf32>) -> tensor<8x4x256x32xf32>
    %1122 = "stablehlo.dot_general"(%1121, %78) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x32xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x32x256xf32>
    %1123 = "stablehlo.transpose"(%1122) <{permutation = array<i64: 0, 1, 3, 2>}> : (tensor<8x4x32x256xf32>) -> tensor<8x4x256x32xf32>
    %1124 = "stablehlo.dot_general"(%1121, %54) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x32xf32>, tensor<8x4x256x32xf32>) -> tensor<8x4x256x256xf32>
    %1125 = "stablehlo.broadcast_in_dim"(%82) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x256x1xf32>) -> tensor<8x4x256x256xf32>
    %1126 = "stablehlo.multiply"(%1124, %1125) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %1127 = "stablehlo.multiply"(%1126, %73) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %1128 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1129 = "stablehlo.reduce"(%1127, %1128) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg49: tensor<f32>, %arg50: tensor<f32>):
      %1173 = "stablehlo.add"(%arg49, %arg50) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1173) : (tensor<f32>) -> ()
    }) : (tensor<8x4x256x256xf32>, tensor<f32>) -> tensor<8x4x256xf32>
    %1130 = "stablehlo.reshape"(%1129) : (tensor<8x4x256xf32>) -> tensor<8x4x256x1xf32>
    %1131 = "stablehlo.negate"(%1130) : (tensor<8x4x256x1xf32>) -> tensor<8x4x256x1xf32>
    %1132 = "stablehlo.broadcast_in_dim"(%76) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x256x1xf32>) -> tensor<8x4x256x256xf32>
    %1133 = "stablehlo.divide"(%1124, %1132) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %1134 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1135 = "stablehlo.reduce"(%1131, %1134) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg47: tensor<f32>, %arg48: tensor<f32>):
      %1172 = "stablehlo.add"(%arg47, %arg48) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1172) : (tensor<f32>) -> ()
    }) : (tensor<8x4x256x1xf32>, tensor<f32>) -> tensor<8x4x256xf32>
    %1136 = "stablehlo.broadcast_in_dim"(%1135) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x4x256xf32>) -> tensor<8x4x256x256xf32>
    %1137 = "stablehlo.add"(%1133, %1136) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %1138 = "stablehlo.multiply"(%1137, %73) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %1139 = "func.call"(%64#1, %1138) <{callee = @_where_0}> : (tensor<8x4x256x256xi1>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %1140 = "stablehlo.constant"() <{value = dense<5.65685415> : tensor<f32>}> : () -> tensor<f32>
    %1141 = "stablehlo.broadcast_in_dim"(%1140) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x256x256xf32>
    %1142 = "stablehlo.divide"(%1139, %1141) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    %1143 = "stablehlo.dot_general"(%1142, %50) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x256xf32>, tensor<8x4x256x32xf32>) -> tensor<8x4x256x32xf32>
    %1144 = "stablehlo.transpose"(%1143) <{permutation = array<i64: 0, 1, 3, 2>}> : (tensor<8x4x256x32xf32>) -> tensor<8x4x32x256xf32>
    %1145 = "stablehlo.dot_general"(%1142, %58) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x4x256x256xf32>, tensor<8x4x32x256xf32>) -> tensor<8x4x256x32xf32>
    %1146 = "stablehlo.transpose"(%1144) <{permutation = array<i64: 0, 1, 3, 2>}> : (tensor<8x4x32x256xf32>) -> tensor<8x4x256x32xf32>
    %1147 = "stablehlo.transpose"(%1123) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x256x32xf32>) -> tensor<8x256x4x32xf32>
    %1148 = "stablehlo.reshape"(%1147) : (tensor<8x256x4x32xf32>) -> tensor<8x256x128xf32>
    %1149 = "stablehlo.transpose"(%1146) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x256x32xf32>) -> tensor<8x256x4x32xf32>
    %1150 = "stablehlo.reshape"(%1149) : (tensor<8x256x4x32xf32>) -> tensor<8x256x128xf32>
    %1151 = "stablehlo.transpose"(%1145) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x256x32xf32>) -> tensor<8x256x4x32xf32>
    %1152 = "stablehlo.reshape"(%1151) : (tensor<8x256x4x32xf32>) -> tensor<8x256x128xf32>
    %1153 = "stablehlo.concatenate"(%1152, %1150, %1148) <{dimension = 2 : i64}> : (tensor<8x256x128xf32>, tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x384xf32>
    %1154 = "stablehlo.dot_general"(%1153, %44) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x384xf32>, tensor<8x256x128xf32>) -> tensor<384x128xf32>
    %1155 = "stablehlo.transpose"(%1154) <{permutation = array<i64: 1, 0>}> : (tensor<384x128xf32>) -> tensor<128x384xf32>
    %1156 = "stablehlo.dot_general"(%1153, %arg13) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<8x256x384xf32>, tensor<128x384xf32>) -> tensor<8x256x128xf32>
    %1157 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1158 = "stablehlo.reduce"(%1156, %1157) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg45: tensor<f32>, %arg46: tensor<f32>):
      %1171 = "stablehlo.add"(%arg45, %arg46) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1171) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1159 = "stablehlo.reshape"(%1158) : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %1160 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1161 = "stablehlo.reduce"(%1159, %1160) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg43: tensor<f32>, %arg44: tensor<f32>):
      %1170 = "stablehlo.add"(%arg43, %arg44) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1170) : (tensor<f32>) -> ()
    }) : (tensor<1x1x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1162 = "stablehlo.multiply"(%38, %1156) : (tensor<8x256x128xf32>, tensor<8x256x128xf32>) -> tensor<8x256x128xf32>
    %1163 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1164 = "stablehlo.reduce"(%1162, %1163) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg41: tensor<f32>, %arg42: tensor<f32>):
      %1169 = "stablehlo.add"(%arg41, %arg42) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1169) : (tensor<f32>) -> ()
    }) : (tensor<8x256x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1165 = "stablehlo.reshape"(%1164) : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %1166 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1167 = "stablehlo.reduce"(%1165, %1166) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg39: tensor<f32>, %arg40: tensor<f32>):
      %1168 = "stablehlo.add"(%arg39, %arg40) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1168) : (tensor<f32>) -> ()
    }) : (tensor<1x1x128xf32>, tensor<f32>) -> tensor<128xf32>
    "func.return"(%584, %1161, %1076, %1167, %1084, %1070, %1050, %1118, %1155, %1008, %923, %1016, %931, %917, %897, %965, %1002, %855, %770, %863, %778, %764, %744, %812, %849, %702, %617, %710, %625, %611, %591, %659, %696) : (tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128x512xf32>, tensor<512x128xf32>, tensor<128x128xf32>, tensor<128x384xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128x512xf32>, tensor<512x128xf32>, tensor<128x128xf32>, tensor<128x384xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128x512xf32>, tensor<512x128xf32>, tensor<128x128xf32>, tensor<128x384xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128x512xf32>, tensor<512x128xf32>, tensor<128x128xf32>, tensor<128x384xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<256x256xi1>) -> tensor<256x256xi1>, res_attrs = [{}], sym_name = "tril", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<256x256xi1>):
    %7 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<256x256xi32>
    %8 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %9 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<256x256xi32>
    %10 = "stablehlo.add"(%7, %9) : (tensor<256x256xi32>, tensor<256x256xi32>) -> tensor<256x256xi32>
    %11 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<256x256xi32>
    %12 = "stablehlo.compare"(%10, %11) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<256x256xi32>, tensor<256x256xi32>) -> tensor<256x256xi1>
    %13 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %14 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<256x256xi1>
    %15 = "stablehlo.select"(%12, %arg5, %14) : (tensor<256x256xi1>, tensor<256x256xi1>, tensor<256x256xi1>) -> tensor<256x256xi1>
    "func.return"(%15) : (tensor<256x256xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<256x256xi1>, tensor<8x4x256x256xf32>, tensor<f32>) -> (tensor<8x4x256x256xf32>, tensor<8x4x256x256xi1>), res_attrs = [{}, {}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg2: tensor<256x256xi1>, %arg3: tensor<8x4x256x256xf32>, %arg4: tensor<f32>):
    %3 = "stablehlo.convert"(%arg4) : (tensor<f32>) -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%arg2) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<256x256xi1>) -> tensor<8x4x256x256xi1>
    %5 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x256x256xf32>
    %6 = "stablehlo.select"(%4, %arg3, %5) : (tensor<8x4x256x256xi1>, tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    "func.return"(%6, %4) : (tensor<8x4x256x256xf32>, tensor<8x4x256x256xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<8x4x256x256xi1>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>, res_attrs = [{}], sym_name = "_where_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<8x4x256x256xi1>, %arg1: tensor<8x4x256x256xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x256x256xf32>
    %2 = "stablehlo.select"(%arg0, %arg1, %1) : (tensor<8x4x256x256xi1>, tensor<8x4x256x256xf32>, tensor<8x4x256x256xf32>) -> tensor<8x4x256x256xf32>
    "func.return"(%2) : (tensor<8x4x256x256xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
