package org.matterstandards.sdk.pipeline.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.module.SimpleModule;

/**
 * Calls the model records' constructors through one method handle made per type (直接构造), instead of Jackson's
 * {@code MethodHandle.invokeWithArguments}, which builds a spreading invoker on every call: that was ≈ 8% of the time
 * and 7% of the allocation of a whole record's validation (docs/decisions/0010-stage-hot-paths.md). The same
 * constructor gets the same arguments; an exception it throws is handled exactly as Jackson's own instantiator
 * handles it.
 */
final class DirectCreators {

    private DirectCreators() {
    }

    /** @return a module that replaces the instantiator of every type bound through a constructor with arguments */
    static SimpleModule module() {
        return new SimpleModule("matter-direct-creators") {
            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addValueInstantiators(new Replacing());
            }
        };
    }

    private static final class Replacing implements ValueInstantiators {
        @Override
        public ValueInstantiator findValueInstantiator(DeserializationConfig config,
                                                       BeanDescription.Supplier description) {
            return null;
        }

        @Override
        public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
                                                         BeanDescription.Supplier description,
                                                         ValueInstantiator instantiator) {
            // Only Jackson's own instantiator, exactly: a subclass may do more than call the constructor.
            if (instantiator.getClass() == StdValueInstantiator.class
                    && ((StdValueInstantiator) instantiator).getWithArgsCreator()
                    instanceof AnnotatedConstructor constructor) {
                MethodHandle creator = spreading(constructor.getAnnotated());
                if (creator != null) {
                    return new Direct((StdValueInstantiator) instantiator, creator);
                }
            }
            return instantiator;
        }
    }

    /** @return {@code (Object[]) -> Object} calling the constructor, or {@code null} when it is not public */
    static MethodHandle spreading(Constructor<?> constructor) {
        try {
            int arity = constructor.getParameterCount();
            return MethodHandles.publicLookup().unreflectConstructor(constructor)
                    .asType(MethodType.genericMethodType(arity))
                    .asSpreader(Object[].class, arity)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (IllegalAccessException notPublic) {
            return null;    // Jackson's own instantiator calls it as before
        }
    }

    /** Jackson's instantiator with the constructor call made through a spreading handle built once. */
    private static final class Direct extends StdValueInstantiator {

        private final MethodHandle creator;

        Direct(StdValueInstantiator original, MethodHandle creator) {
            super(original);
            this.creator = creator;
        }

        @Override
        public Object createFromObjectWith(DeserializationContext context, Object[] arguments) {
            try {
                return (Object) creator.invokeExact(arguments);
            } catch (Exception e) {
                return context.handleInstantiationProblem(_valueClass, arguments, rewrapCtorProblem(context, e));
            } catch (Throwable e) {
                throw sneaky(e);
            }
        }

        @SuppressWarnings("unchecked")
        private static <T extends Throwable> RuntimeException sneaky(Throwable e) throws T {
            throw (T) e;
        }
    }
}
