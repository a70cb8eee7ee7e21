export { createUsersModule } from './users.js';
export type { User, UserRole, UsersModule } from './users.types.js';
