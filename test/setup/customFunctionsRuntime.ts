/* Under Jest the functions run without Excel: this gives them the CustomFunctions global Excel would. */
import { createCustomFunctionsRuntime } from "../doubles/customFunctionsRuntime";

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = createCustomFunctionsRuntime();
